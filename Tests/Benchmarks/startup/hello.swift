// The baseline for the start-up benchmark: the smallest Foundation program that prints a line.
import Foundation

print(ProcessInfo.processInfo.processName)

import Testing

@testable import archadvisor

@Suite struct NumberTextTests {
  @Test func signedShowsTheDirection() {
    #expect(NumberText.signed(18.24) == "+18.2")
    #expect(NumberText.signed(-7.96) == "\u{2212}8.0")
    #expect(NumberText.signed(0) == "0.0")
    #expect(NumberText.signed(-0.04) == "0.0")
    #expect(NumberText.signed(0.05) == "+0.1")
    #expect(NumberText.signed(-100) == "\u{2212}100.0")
  }

  @Test func roundedToTwoDecimalsNeverNegativeZero() {
    #expect(NumberText.rounded(24.456) == 24.46)
    #expect(NumberText.rounded(-11.111) == -11.11)
    #expect(NumberText.rounded(-0.001).sign == .plus)
    #expect(NumberText.rounded(2.675, decimals: 1) == 2.7)
  }

  @Test func compactDropsTrailingZeros() {
    #expect(NumberText.compact(12.3) == "12.3")
    #expect(NumberText.compact(-8) == "-8")
    #expect(NumberText.compact(31.254) == "31.25")
    #expect(NumberText.compact(-0.001) == "0")
    #expect(NumberText.compact(1.0 / 3.0) == "0.33")
  }

  @Test func fixedPadsTheFraction() {
    #expect(NumberText.fixed(12.3, decimals: 2) == "12.30")
    #expect(NumberText.fixed(-0.05, decimals: 2) == "-0.05")
    #expect(NumberText.fixed(7, decimals: 0) == "7")
  }
}

/// The style sheet of every HTML page, inline: a light and a dark scheme from
/// `prefers-color-scheme`, print rules with page breaks between sections rather than inside
/// them, and one color per verdict.
///
/// Verdict colors run from cyan at the monolith end to magenta at the microservices end (as the
/// terminal colors do: neither end is red or green, since neither is better in general), each as
/// a translucent fill for regions and heat-map cells, which reads on either background, and a
/// solid one for points (lighter in the dark scheme; paper gets the light scheme's). Later rules
/// win over earlier ones of the same weight, so the dark and print rules come after the light
/// ones. The sheet holds no `<` or `&`, so the page stays well-formed XML.
enum HTMLStyle {
  /// The hue of verdict `index` of `count`: 190 (cyan) … 300 (magenta).
  static func hue(_ index: Int, of count: Int) -> Int {
    count > 1 ? 190 + 110 * index / (count - 1) : 245
  }

  /// The whole sheet for a rubric with `verdicts` verdicts.
  static func sheet(verdicts: Int) -> String {
    var perVerdict = ""
    var dark = ""
    for index in 0..<max(1, verdicts) {
      let hue = String(hue(index, of: verdicts))
      perVerdict +=
        ".region.v\(index){fill:hsl(\(hue) 70% 50% / 0.16)}"
        + ".point.v\(index),.swatch.v\(index){fill:hsl(\(hue) 70% 36%);background:hsl(\(hue) 70% 36%)}"
        + ".point.hollow.v\(index){fill:var(--bg);stroke:hsl(\(hue) 70% 36%)}\n"
      dark +=
        ".point.v\(index),.swatch.v\(index){fill:hsl(\(hue) 70% 68%);background:hsl(\(hue) 70% 68%)}"
        + ".point.hollow.v\(index){fill:var(--bg);stroke:hsl(\(hue) 70% 68%)}"
    }
    var heat = ""
    for (level, alpha) in ["0.12", "0.28", "0.45", "0.65"].enumerated() {
      heat +=
        ".hu\(level + 1){background:hsl(300 65% 50% / \(alpha))}.hd\(level + 1){background:hsl(190 75% 45% / \(alpha))}"
    }
    return """
      :root{color-scheme:light dark;--fg:#1f2328;--bg:#ffffff;--muted:#59636e;--line:#d1d9e0;--panel:#f6f8fa;--up:hsl(300 55% 42%);--down:hsl(190 75% 30%)}
      \(perVerdict)\(heat)
      @media (prefers-color-scheme: dark){:root{--fg:#e6edf3;--bg:#0d1117;--muted:#9198a1;--line:#3d444d;--panel:#151b23;--up:hsl(300 60% 72%);--down:hsl(190 70% 62%)}\(dark)}
      *{box-sizing:border-box}
      body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);max-width:64rem;margin:0 auto;padding:1.5rem}
      h1{font-size:1.6rem;line-height:1.25;margin:0 0 .5rem}
      h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
      .meta{color:var(--muted);margin:0 0 1rem}
      .lead{font-size:1.05rem}
      figure{margin:0}
      figure+figure{margin-top:1.5rem}
      figcaption{color:var(--muted);font-size:.9rem;margin-top:.25rem}
      svg.chart{display:block;width:100%;max-width:56rem;height:auto}
      svg text{fill:var(--fg);font:12px system-ui,-apple-system,"Segoe UI",sans-serif}
      svg .muted{fill:var(--muted)}
      svg .region-label{font-size:14px;font-weight:600}
      svg .axis{stroke:var(--muted);stroke-width:1}
      svg .grid{stroke:var(--line);stroke-width:1}
      svg .edge{stroke:var(--bg);stroke-width:2}
      svg .box{fill:var(--fg);fill-opacity:.08;stroke:var(--fg);stroke-width:1.5;stroke-dasharray:5 3}
      svg .point{stroke:var(--bg);stroke-width:2}
      svg .point.was,svg .bar.was{fill-opacity:.4}
      svg .arrow{stroke:var(--fg);stroke-width:2;fill:none}
      svg .arrow-head{fill:var(--fg)}
      svg .group-label{font-weight:600}
      svg .bar.up{fill:var(--up)}
      svg .bar.down{fill:var(--down)}
      svg .number{font-size:10px}
      svg .point-label{font-weight:600}
      .h0{color:var(--muted)}
      table{border-collapse:collapse;width:100%;margin:.5rem 0}
      caption{text-align:left;color:var(--muted);font-size:.9rem;padding:.25rem 0}
      th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
      thead th{background:var(--panel)}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      table.changes th[scope=row]{white-space:nowrap;width:9rem}
      table.changes caption{color:var(--fg);font-weight:600;font-size:1rem}
      table.heat{font-size:.8rem;width:auto}
      table.heat td{text-align:right;font-variant-numeric:tabular-nums;min-width:3.2rem}
      .swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:50%;margin-right:.4rem;vertical-align:baseline}
      .share{display:inline-block;height:.7rem;min-width:1px;border-radius:2px}
      ul.legend{list-style:none;padding:0;margin:.25rem 0;display:flex;gap:1.25rem;flex-wrap:wrap;font-size:.9rem}
      ul.checklist{list-style:none;padding-left:0}
      ul.checklist li{padding-left:1.6rem;text-indent:-1.6rem}
      .box-mark{display:inline-block;width:1.6rem;text-indent:0}
      .warning{border-left:3px solid var(--up);padding-left:.75rem}
      ul.warning{list-style:none}
      footer{margin-top:2.5rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);padding-top:.5rem}
      @media print{
      :root{--fg:#000000;--bg:#ffffff;--muted:#444c56;--line:#b8c0c8;--panel:#eef1f4}
      \(perVerdict)
      body{max-width:none;padding:0;font-size:10.5pt}
      h1,h2{break-after:avoid}
      figure,svg,tr,li,table.summary{break-inside:avoid}
      section.page{break-before:page}
      a{color:inherit}
      a[href]::after{content:" (" attr(href) ")";font-size:85%;word-break:break-all}
      }

      """
  }
}

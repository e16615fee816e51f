import { describe, expect, it } from "vitest"
import { escapeHtml, html, SafeHtml, trusted } from "./escape.ts"

describe("escapeHtml", () => {
  it.each([
    ["&", "&amp;"],
    ["<", "&lt;"],
    [">", "&gt;"],
    ['"', "&quot;"],
    ["'", "&#39;"],
    ["不少于150家", "不少于150家"],
    ["</script><script>x</script>", "&lt;/script&gt;&lt;script&gt;x&lt;/script&gt;"],
    ["&lt;", "&amp;lt;"],
  ])("%s → %s", (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped)
  })
})

describe("html", () => {
  const hostile = `<img src=x onerror="alert('x')">`

  it("escapes interpolated text and numbers, in text and in attributes", () => {
    const out = html`<td title="${hostile}">${hostile} ${18.75}</td>`.value
    expect(out).toBe(
      `<td title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; 18.75</td>`,
    )
  })

  it("keeps markup built by html, joins arrays, prints nothing for null, undefined and false", () => {
    const cells = ["a<", "b"].map((t) => html`<td>${t}</td>`)
    expect(html`<tr>${cells}${null}${undefined}${false}</tr>`.value).toBe("<tr><td>a&lt;</td><td>b</td></tr>")
  })

  it("treats a string that looks like markup as text, however it got there", () => {
    const built = html`<b>${"x"}</b>`.value
    expect(html`${built}`.value).toBe("&lt;b&gt;x&lt;/b&gt;")
    expect(html`${new SafeHtml(built)}`.value).toBe(built)
    expect(html`${trusted("<hr>")}`.value).toBe("<hr>")
  })
})

/**
 * Greedy word wrap at white space, as kubectl's explain templates do it (go-wordwrap's WrapString):
 * existing line breaks are kept, the space at a break is dropped, and a word longer than the
 * limit is never split.
 */
// Models github.com/mitchellh/go-wordwrap WrapString (used by k8s.io/kubectl/pkg/util/term).
export function wrapText(s: string, lim: number): string {
  let out = "";
  let current = 0;
  let word = "";
  let space = "";
  for (const ch of s) {
    if (ch === "\n") {
      if (!word) {
        if (current + space.length <= lim) out += space;
      } else out += space + word;
      space = "";
      word = "";
      out += ch;
      current = 0;
    } else if (/\s/.test(ch)) {
      if (!space || word) {
        current += space.length + word.length;
        out += space + word;
        space = "";
        word = "";
      }
      space += ch;
    } else {
      word += ch;
      if (current + space.length + word.length > lim && word.length < lim) {
        out += "\n";
        current = 0;
        space = "";
      }
    }
  }
  if (!word) {
    if (current + space.length <= lim) out += space;
  } else out += space + word;
  return out;
}

/** Sprig-style indent: pads the first line and every line after a break, even an empty last one. */
export function indentText(n: number, s: string): string {
  const pad = " ".repeat(n);
  return pad + s.split("\n").join(`\n${pad}`);
}

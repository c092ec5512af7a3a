package normalize

// De-obfuscation: abusers write "s@lope", "p*te", "c0nnard", "m3rde",
// "s.a.l.o.p.e" or "s a l o p e" to get past filters. Deobfuscate applies
// Match, then reads digits and symbols between letters as the letters they
// stand for, and joins letters spelled out one by one. A masked letter
// ("p*te") stays "*", for a lexicon to match as any one letter. The
// result is a key for abuse detection, not for quoting: "covid19" and
// "2e" stay as they are, but "top5" reads "tops".

// leet maps the characters that stand for letters. Written by us from the
// spellings seen in abusive replies.
var leet = [256]byte{
	'0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b',
	'@': 'a', '$': 's', '!': 'i', '|': 'i',
	'*': '*', '#': '*', '%': '*', '_': '*',
}

// letterSeps are the separators of letters spelled one by one.
func isLetterSep(c byte) bool { return c == '.' || c == '-' || c == '_' || c == '*' || c == ' ' }

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' }

// Deobfuscate returns the Match key of s with obfuscated words read as
// the words they hide, with its source map: s@lope → salope, c0nnard →
// connard, s.a.l.o.p.e → salope, p*te → p*te.
func Deobfuscate(s string) Text {
	t := Match.Normalize(s)
	var b builder
	b.reset(t.norm, 0)
	deobfuscatePass(&b, t.norm)
	out, edits := b.finish()
	if edits != nil {
		t.norm, t.edits = out, compose(t.edits, edits)
	}
	return t
}

func deobfuscatePass(b *builder, s string) {
	var buf [64]byte
	for i := 0; i < len(s); {
		c := s[i]
		// Letters spelled one by one: at a word start, a letter, a
		// separator, a letter… (four letters when the separator is a
		// space, three otherwise).
		if isASCIILetter(c) && (i == 0 || !isASCIILetter(s[i-1]) && leet[s[i-1]] == 0) && i+2 < len(s) && isLetterSep(s[i+1]) {
			sep := s[i+1]
			out := append(buf[:0], c)
			j := i + 1
			for j+1 < len(s) && s[j] == sep && isASCIILetter(s[j+1]) && (j+2 == len(s) || !isASCIILetter(s[j+2])) && len(out) < len(buf) {
				out = append(out, s[j+1])
				j += 2
			}
			need := 3
			if sep == ' ' {
				need = 4
			}
			if len(out) >= need {
				b.keep(i)
				b.replaceBytes(i, j, out, Obfuscation)
				i = j
				continue
			}
		}
		// Symbols or digits standing for letters, between two letters
		// (at most two in a row), or one digit ending a word of three
		// letters or more.
		if leet[c] != 0 && i > 0 && isASCIILetter(s[i-1]) {
			j := i
			for j < len(s) && leet[s[j]] != 0 && j-i < 2 {
				j++
			}
			inside := j < len(s) && isASCIILetter(s[j])
			final := j == i+1 && c >= '0' && c <= '9' && (j == len(s) || !isWordByte(s[j])) && i >= 3 &&
				(isASCIILetter(s[i-2]) || leet[s[i-2]] != 0) && (isASCIILetter(s[i-3]) || leet[s[i-3]] != 0)
			if inside || final {
				out := buf[:0]
				for k := i; k < j; k++ {
					out = append(out, leet[s[k]])
				}
				b.keep(i)
				b.replaceBytes(i, j, out, Obfuscation)
				i = j
				continue
			}
		}
		i++
	}
}

func isWordByte(c byte) bool { return isASCIILetter(c) || '0' <= c && c <= '9' || c >= 0x80 }

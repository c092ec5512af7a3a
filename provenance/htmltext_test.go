package provenance

import (
	"html"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// htmlTextCases are the features of Mastodon's HTML, then malformed
// input. They also seed FuzzHTMLText.
var htmlTextCases = []struct{ name, in, want string }{
	{"plain", "bonjour", "bonjour"},
	{"empty", "", ""},
	{"paragraph", "<p>Bonjour.</p>", "Bonjour."},
	{"paragraphs", "<p>Un.</p><p>Deux.</p><p>Trois.</p>", "Un.\n\nDeux.\n\nTrois."},
	{"layout between paragraphs", "<p>Un.</p>\n  <p>Deux.</p>\n", "Un.\n\nDeux."},
	{"br", "<p>ligne 1<br />ligne 2<br>ligne 3<br/>ligne 4</p>", "ligne 1\nligne 2\nligne 3\nligne 4"},
	{"two br", "<p>a<br /><br />b</p>", "a\n\nb"},
	{"br at paragraph end", "<p>a<br /></p><p>b</p>", "a\n\nb"},
	{"spaces kept", "<p>a  b\tc</p>", "a  b\tc"},
	{"mention",
		`<p><span class="h-card" translate="no"><a href="https://piaille.example/@lucie_r" class="u-url mention">@<span>lucie_r</span></a></span> merci</p>`,
		"@lucie_r merci"},
	{"remote mention",
		`<p><span class="h-card"><a href="https://autre.example/@patriote_1789" class="u-url mention">@<span>patriote_1789</span></a></span></p>`,
		"@patriote_1789"},
	{"hashtag",
		`<p>Vu à <a href="https://piaille.example/tags/Avignon" class="mention hashtag" rel="tag">#<span>Avignon</span></a></p>`,
		"Vu à #Avignon"},
	{"hashtag by rel only", `<a href="https://x.example/tag/avignon" rel="tag">#avignon</a>`, "#avignon"},
	{"long link is its href",
		`<p>Voir <a href="https://www.exemple.fr/long/path" target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">https://www.</span><span class="ellipsis">exemple.fr/long/pa</span><span class="invisible">th</span></a> ici</p>`,
		"Voir https://www.exemple.fr/long/path ici"},
	{"short link",
		`<a href="https://exemple.fr/" rel="nofollow noopener"><span class="invisible">https://</span><span class="">exemple.fr/</span><span class="invisible"></span></a>`,
		"https://exemple.fr/"},
	{"link with words", `<p>Lire <a href="https://exemple.fr/article">l’article</a>.</p>`, "Lire l’article."},
	{"link href with entity",
		`<a href="https://exemple.fr/?a=1&amp;b=2"><span class="invisible">https://</span><span class="ellipsis">exemple.fr/?a=1&amp;b=2</span></a>`,
		"https://exemple.fr/?a=1&b=2"},
	{"quote-inline paragraph",
		`<p class="quote-inline">RE: <a href="https://piaille.example/@KBelhadj_Avignon/113432411840384065"><span class="invisible">https://</span><span class="ellipsis">piaille.example/@KBelhadj_Avig</span><span class="invisible">non/113432411840384065</span></a></p><p>Il a raison.</p>`,
		"Il a raison."},
	{"quote-inline after", `<p>Il a raison.</p><p class="quote-inline">RE: <a href="https://p.example/1">https://p.example/1</a></p>`, "Il a raison."},
	{"quote-inline span", `<p>Texte<span class="quote-inline"><br><br>RE: <a href="https://p.example/1">https://p.example/1</a></span></p>`, "Texte"},
	{"entities", "<p>a &amp; b &lt;c&gt; &quot;d&quot; l&#39;e &#8217; &#x2019; &eacute;</p>", "a & b <c> \"d\" l'e ’ ’ é"},
	{"nbsp", "<p>Question&nbsp;?</p>", "Question\u00a0?"},
	{"literal apostrophe", "<p>qu’un</p>", "qu’un"},
	{"unknown tags keep text", "<p><strong>fort</strong> et <em>penché</em> <x-y z=1>inconnu</x-y></p>", "fort et penché inconnu"},
	{"script dropped", "<p>a<script>alert(1)</script>b</p>", "ab"},
	{"comment", "<p>a<!-- caché -->b</p>", "ab"},
	{"blockquote and list", "<p>Intro</p><blockquote><p>cité</p></blockquote><ul><li>un</li><li>deux</li></ul>", "Intro\n\ncité\n\nun\n\ndeux"},
	{"uppercase tags", "<P>Un</P><P>Deux<BR>trois</P>", "Un\n\nDeux\ntrois"},
	{"attribute with >", `<a href="https://e.fr/?q=a>b" class="x">lien</a> fin`, "lien fin"},
	{"single-quoted attributes", `<a href='https://e.fr/x' class='u-url mention'>@<span>moi</span></a>`, "@moi"},
	// Malformed input: never lose text.
	{"lone <", "a < b et c<3", "a < b et c<3"},
	{"unclosed tag", "<p>texte <a href=\"https://e.fr", "texte <a href=\"https://e.fr"},
	{"unclosed quote", "<p>début <span class=\"x>suite", "début <span class=\"x>suite"},
	{"unclosed comment", "a <!-- b", "a <!-- b"},
	{"unclosed p", "<p>un<p>deux", "un\n\ndeux"},
	{"stray closing", "</p></a></span>texte</div>", "texte"},
	{"unclosed link", `<p><a href="https://e.fr"><span class="invisible">https://</span>e.fr`, "https://e.fr"},
	{"nested links", `<a href="https://a.fr">un <a href="https://b.fr">deux</a></a>`, "un deux"},
	{"unclosed quote-inline keeps text", `<p class="quote-inline">RE: tout`, "RE: tout"},
	{"bad entity", "a &bogus; &#xZZ; &#99999999; b", "a &bogus; &#xZZ; \ufffd b"},
	{"lone &", "Tom & Jerry", "Tom & Jerry"},
	{"doctype", "<!DOCTYPE html><p>x</p>", "x"},
	{"empty tag name", "<>x</>", "<>x</>"},
}

func TestHTMLText(t *testing.T) {
	for _, tc := range htmlTextCases {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, htmlText(tc.in))
		})
	}
}

// TestHTMLTextLinear feeds inputs that would make a careless converter
// quadratic: many unclosed tags, quotes and dropped elements.
func TestHTMLTextLinear(t *testing.T) {
	for _, in := range []string{
		strings.Repeat(`<a x="`, 50000),
		strings.Repeat(`<p class="quote-inline">`, 50000),
		strings.Repeat(`<p class="quote-inline"></span>`, 50000),
		strings.Repeat(`<script>`, 50000),
		strings.Repeat(`<p>a</p>`, 50000),
		strings.Repeat(`<a href="https://e.fr"><span class="invisible">x</span>`, 30000),
	} {
		out := htmlText(in)
		require.True(t, utf8.ValidString(out))
	}
}

func FuzzHTMLText(f *testing.F) {
	for _, tc := range htmlTextCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := htmlText(in)
		if utf8.ValidString(in) && !utf8.ValidString(out) {
			t.Fatalf("valid UTF-8 in, invalid out: %q → %q", in, out)
		}
		if !strings.ContainsAny(in, "<&") && out != strings.Trim(in, asciiSpace) {
			t.Fatalf("text without markup changed: %q → %q", in, out)
		}
		if !strings.ContainsAny(out, "<&") && htmlText(out) != out {
			t.Fatalf("not idempotent: %q → %q → %q", in, out, htmlText(out))
		}
	})
}

// FuzzTextEscaped checks that decoding character references one at a
// time writes what decoding the whole text first would.
func FuzzTextEscaped(f *testing.F) {
	for _, s := range []string{"a &amp; b", "&amplifier &lt;p&gt;", "&#233;t&#xE9; &#1234567890123;", "x&", "&;&&#;", "  &nbsp; fin  "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var a, b htmlConv
		a.textEscaped(s)
		b.text(html.UnescapeString(s))
		if a.out.String() != b.out.String() || string(a.space) != string(b.space) {
			t.Fatalf("%q: piecewise %q+%q, whole %q+%q", s, a.out.String(), a.space, b.out.String(), b.space)
		}
	})
}

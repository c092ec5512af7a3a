package corpus

import (
	"strconv"
	"strings"
)

// author is one account of the corpus.
type author struct {
	handle   string
	mention  string // "@" + handle
	name     string
	kind     uint8
	fem      bool
	town     int
	st       style
	foldTags bool // writes hashtags without accents
}

var nameDecorations = [...]string{" 🌻", " 🇫🇷", " 🇪🇺", " ✊", " 🌍", " 🚲", " 🔻", " 💙"}
var pseudoHeads = [...]string{"Citoyen", "LeVrai", "Vigie", "Observateur", "Riverain", "Libre", "Marianne", "Gavroche", "Colere", "Veilleur"}

// makeAuthors draws n accounts. Rank 0 is the most active (see the Zipf
// sampler in Generate); the most active accounts are more often media,
// elected officials and activists.
func makeAuthors(n int, r *rng) []author {
	lx := theLexicon()
	authors := make([]author, n)
	used := make(map[string]bool, n) // membership only
	for i := range authors {
		a := &authors[i]
		a.town = lx.towns.z.draw(r)
		a.kind = authorKind(i, n, r)
		tw := &lx.towns.it[a.town]
		var handle string
		switch a.kind {
		case kindMedia:
			form := lx.media.it[r.intn(len(lx.media.it))]
			region := lx.regions.it[r.intn(len(lx.regions.it))]
			name := strings.ReplaceAll(strings.ReplaceAll(form, "%dem", tw.dem[0]), "%", tw.name)
			a.name = strings.ReplaceAll(name, "$", region)
			handle = asciiFold(camel(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(a.name, "Le "), "La "), "L’")), "")
		case kindInst:
			switch r.intn(4) {
			case 0:
				a.name, handle = "Mairie de "+tw.name, "Mairie"+asciiFold(tw.tag, "")
			case 1:
				a.name, handle = "Ville de "+tw.name, "Ville_"+asciiFold(tw.tag, "")
			case 2:
				a.name, handle = "Agglo "+tw.name, "Agglo"+asciiFold(tw.tag, "")
			default:
				a.name, handle = "Police municipale "+tw.name, "PM_"+asciiFold(tw.tag, "")
			}
		case kindAssoc:
			switch r.intn(4) {
			case 0:
				f := &lx.facilities.it[lx.facilities.z.draw(r)]
				art := "le "
				if f.fem {
					art = "la "
				}
				if vowelStart(f.sg) {
					art = "l’"
				}
				a.name = "Collectif Sauvons " + art + f.sg
				handle = "Sauvons" + asciiFold(f.tag, "")
			case 1:
				a.name, handle = tw.name+" Environnement", asciiFold(tw.tag, "")+"Env"
			case 2:
				a.name, handle = "Vivre à "+tw.name, "VivreA"+asciiFold(tw.tag, "")
			default:
				a.name, handle = "Parents d’élèves de "+tw.name, "FCPE_"+asciiFold(tw.tag, "")
			}
		default:
			a.fem = r.intn(2) == 0
			var first string
			if a.fem {
				first = lx.firstF.it[lx.firstF.z.draw(r)]
			} else {
				first = lx.firstM.it[lx.firstM.z.draw(r)]
			}
			last := lx.surnames.it[lx.surnames.z.draw(r)]
			a.name = first + " " + last
			f, l := asciiFold(first, ""), asciiFold(last, "")
			switch k := r.intn(100); {
			case a.kind == kindCitizen && k < 12:
				a.name = pseudoHeads[r.intn(len(pseudoHeads))] + " " + tw.name
				handle = pseudoHeads[r.intn(len(pseudoHeads))] + asciiFold(tw.tag, "")
			case k < 40:
				handle = f + l
			case k < 60:
				handle = strings.ToLower(f + "_" + l)
			case k < 75:
				handle = f[:1] + l
			case k < 85:
				handle = strings.ToLower(l + "_" + f[:1])
			default:
				handle = strings.ToLower(f) + "_" + strings.ToLower(l[:1]) + strconv.Itoa(10+r.intn(90))
			}
			switch k := r.intn(100); {
			case k < 8:
				a.name += nameDecorations[r.intn(len(nameDecorations))]
			case k < 12 && a.kind == kindElected:
				a.name += " | Élu à " + tw.name
			}
		}
		if len(handle) > 15 {
			handle = handle[:15]
		}
		if len(handle) < 4 {
			handle += "_fr"
		}
		base := handle
		for k := 2; used[handle]; k++ {
			suffix := strconv.Itoa(k)
			if len(base)+len(suffix) > 15 {
				base = base[:15-len(suffix)]
			}
			handle = base + suffix
		}
		used[handle] = true
		a.handle = handle
		a.mention = "@" + handle
		a.st = makeStyle(a.kind, r)
		a.foldTags = r.pm(300)
	}
	return authors
}

func authorKind(rank, n int, r *rng) uint8 {
	k := r.intn(100)
	if rank < 12 || rank < n/200 {
		switch {
		case k < 35:
			return kindMedia
		case k < 70:
			return kindElected
		case k < 90:
			return kindActivist
		default:
			return kindInst
		}
	}
	switch {
	case k < 62:
		return kindCitizen
	case k < 74:
		return kindElected
	case k < 86:
		return kindActivist
	case k < 90:
		return kindMedia
	case k < 95:
		return kindInst
	default:
		return kindAssoc
	}
}

// makeStyle draws an author's typing habits.
func makeStyle(kind uint8, r *rng) style {
	st := style{apos: "’", ellipsis: "…", capAccent: r.pm(600), incl: -1}
	if r.pm(220) {
		st.apos = "'"
	}
	if r.pm(300) {
		st.ellipsis = "..."
	}
	var inner string
	switch k := r.intn(100); {
	case k < 35:
		st.spaceHigh, st.spaceColon, inner = "\u202f", "\u202f", "\u202f"
		if r.intn(3) == 0 {
			st.spaceColon = "\u00a0"
		}
	case k < 45:
		st.spaceHigh, st.spaceColon, inner = "\u00a0", "\u00a0", "\u00a0"
	case k < 85:
		st.spaceHigh, st.spaceColon, inner = " ", " ", " "
	default:
		st.spaceHigh, st.spaceColon, inner = "", "", ""
		if r.intn(2) == 0 {
			st.spaceColon, inner = " ", " "
		}
	}
	switch k := r.intn(100); {
	case k < 65:
		st.qOpen, st.qClose = "«"+inner, inner+"»"
	case k < 85:
		st.qOpen, st.qClose = "“", "”"
	default:
		st.qOpen, st.qClose = "\"", "\""
	}
	switch k := r.intn(100); {
	case k < 40:
		st.thousands = "\u202f"
	case k < 70:
		st.thousands = " "
	case k < 80:
		st.thousands = "\u00a0"
	case k < 95:
		st.thousands = ""
	default:
		st.thousands = "."
	}
	switch k := r.intn(100); {
	case k < 50:
		st.pct = st.spaceHigh
	case k < 90:
		st.pct = " "
	}
	inclPM := 50
	switch kind {
	case kindActivist:
		inclPM = 450
	case kindElected:
		inclPM = 200
	case kindCitizen:
		inclPM = 80
		st.lower = r.pm(40)
		st.shout = 80
	case kindAssoc:
		inclPM = 300
	}
	if r.pm(inclPM) {
		switch k := r.intn(100); {
		case k < 80:
			st.incl = 0
		case k < 92:
			st.incl = 1
		default:
			st.incl = 2
		}
	}
	return st
}

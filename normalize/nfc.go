package normalize

import "golang.org/x/text/unicode/norm"

// isNFC reports whether s is surely in NFC. QuickSpanString does not
// allocate (IsNormalString does); a "maybe" costs a run of the NFC pass,
// which writes nothing when nothing changes.
func isNFC(s string) bool { return norm.NFC.QuickSpanString(s) == len(s) }

package jsonrec

import (
	"fmt"
	"strings"
)

// Error is a record, file or field a reader rejects: where it is and
// why.
type Error struct {
	// File is the input as named on the command line or found in a
	// folder; "" for an input without a name (an HTTP body).
	File string
	// Line is the 1-based line of a JSON Lines record, or of a value in
	// a file of several JSON documents; 0 when the input is not read a
	// line at a time.
	Line int
	// Field is the JSON path of the record or field at fault inside a
	// document (data[3].created_at, items[2], [3].disputed), or "".
	Field string
	// Msg says why, in English, without the position.
	Msg string
}

// Error formats the rejection as CONTRACT §6 asks: FILE:LINE: msg,
// FILE#field: msg, FILE:LINE#field: msg, or FILE: msg for the whole
// input. Without a file name it is "line N#field: msg", "line N: msg",
// "field: msg", or the message alone.
func (e Error) Error() string {
	if at := e.Place(); at != "" {
		return at + ": " + e.Msg
	}
	return e.Msg
}

// Place is where the rejection points, as Error writes it before the
// message: FILE:LINE, FILE#field, FILE:LINE#field or FILE; without a
// file name "line N#field", "line N", "field", or "".
func (e Error) Place() string {
	file := e.File
	if file == "" && e.Line > 0 {
		file = "line "
	} else if file != "" && e.Line > 0 {
		file += ":"
	}
	switch {
	case e.Line > 0 && e.Field != "":
		return fmt.Sprintf("%s%d#%s", file, e.Line, e.Field)
	case e.Line > 0:
		return fmt.Sprintf("%s%d", file, e.Line)
	case e.Field != "" && file != "":
		return file + "#" + e.Field
	}
	return file + e.Field
}

// Errors is a list of rejections, in reading order.
type Errors []Error

// Error writes the rejections one a line.
func (es Errors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

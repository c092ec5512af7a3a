package jsonrec

import (
	"bufio"
	"bytes"
)

// ReadLine returns the next line of br without its end ("\n" or
// "\r\n"), and its length without the end. A line longer than limit is
// consumed to its end without being kept: tooLong is then true and
// line nil. At most limit+2 bytes (the line and its end) are held
// beyond br's buffer, however long the line; with limit 0 every line
// that is not empty is passed over (a way to skip a line, learning its
// length).
//
// The line returned may be a slice of br's buffer, valid until the next
// read. err is br's error (io.EOF after the last line, which may be
// returned with it).
func ReadLine(br *bufio.Reader, limit int) (line []byte, size int64, tooLong bool, err error) {
	var long []byte
	prevCR := false // the chunk before ended in "\r": a "\r\n" may straddle two
	for {
		chunk, err := br.ReadSlice('\n')
		size += int64(len(chunk))
		if err == bufio.ErrBufferFull {
			prevCR = bytes.HasSuffix(chunk, []byte("\r"))
			if !tooLong {
				// +2: the line's end, "\r\n", may begin in this chunk.
				if len(long)+len(chunk) > limit+2 {
					tooLong, long = true, nil
				} else {
					long = append(long, chunk...)
				}
			}
			continue
		}
		if bytes.HasSuffix(chunk, []byte("\n")) {
			size--
			if bytes.HasSuffix(chunk, []byte("\r\n")) || len(chunk) == 1 && prevCR {
				size--
			}
		}
		if tooLong {
			return nil, size, true, err
		}
		if long != nil {
			if len(long)+len(chunk) > limit+2 {
				return nil, size, true, err
			}
			chunk = append(long, chunk...)
		}
		chunk = bytes.TrimSuffix(chunk, []byte("\n"))
		chunk = bytes.TrimSuffix(chunk, []byte("\r"))
		if len(chunk) > limit {
			return nil, size, true, err
		}
		return chunk, size, false, err
	}
}

package perceptron

import (
	"bytes"
	"compress/flate"
	"errors"
	"io"
)

// Pack returns a model file: magic, then body compressed with DEFLATE at
// its best compression.
func Pack(magic string, body []byte) []byte {
	var out bytes.Buffer
	out.WriteString(magic)
	zw, _ := flate.NewWriter(&out, flate.BestCompression) // the level is valid
	zw.Write(body)                                        // writes to a bytes.Buffer cannot fail
	zw.Close()
	return out.Bytes()
}

// ErrMagic reports a model file that does not start with the expected
// magic string.
var ErrMagic = errors.New("not a model file (bad magic)")

// Unpack returns the body of a model file written by Pack with the same
// magic.
func Unpack(magic string, data []byte) ([]byte, error) {
	rest, ok := bytes.CutPrefix(data, []byte(magic))
	if !ok {
		return nil, ErrMagic
	}
	return io.ReadAll(flate.NewReader(bytes.NewReader(rest)))
}

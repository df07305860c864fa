package perceptron

import (
	"bytes"
	"errors"
	"testing"
)

func TestPackUnpack(t *testing.T) {
	body := bytes.Repeat([]byte("weights "), 100)
	data := Pack("TEST1\n", body)
	got, err := Unpack("TEST1\n", data)
	if err != nil || !bytes.Equal(got, body) {
		t.Fatalf("Unpack = %d bytes, %v; want the %d bytes packed", len(got), err, len(body))
	}
	if _, err := Unpack("OTHER\n", data); !errors.Is(err, ErrMagic) {
		t.Errorf("wrong magic: err %v, want ErrMagic", err)
	}
	if _, err := Unpack("TEST1\n", []byte("TEST1\nnot deflate")); err == nil {
		t.Error("corrupt body: no error")
	}
}

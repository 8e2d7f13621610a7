package neo4j

import (
	"bufio"
	"encoding/binary"
	"io"
	"net"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// boltCounter is a TCP proxy between the driver and the server that
// counts the Bolt messages the driver sends: each RUN is one statement,
// each BEGIN one explicit transaction. It counts what goes over the wire,
// whatever path in the store sent it.
type boltCounter struct {
	ln    net.Listener
	dst   string
	runs  atomic.Int64
	begin atomic.Int64
	wg    sync.WaitGroup
	mu    sync.Mutex
	heads []string // the start of each statement counted since reset
}

// Bolt message signatures (Bolt 5).
const (
	boltRun   = 0x10
	boltBegin = 0x11
)

// countBolt starts a proxy to the server at uri and returns it with the
// bolt:// URI that reaches the server through it.
func countBolt(t testing.TB, uri string) (*boltCounter, string) {
	t.Helper()
	u, err := url.Parse(uri)
	if err != nil {
		t.Fatal(err)
	}
	if u.Scheme != "bolt" {
		t.Skipf("round trips are counted on direct bolt:// connections, not %s", u.Scheme)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	c := &boltCounter{ln: ln, dst: u.Host}
	go c.serve()
	t.Cleanup(func() { ln.Close(); c.wg.Wait() })
	return c, "bolt://" + ln.Addr().String()
}

// reset zeroes the counts and returns the statements counted so far.
func (c *boltCounter) reset() (runs, begins int64, heads []string) {
	c.mu.Lock()
	heads, c.heads = c.heads, nil
	c.mu.Unlock()
	return c.runs.Swap(0), c.begin.Swap(0), heads
}

// statementHead is the start of a RUN message's statement, the first
// field: a PackStream string.
func statementHead(msg []byte) string {
	if len(msg) < 3 {
		return ""
	}
	body := msg[2:]
	var n, off int
	switch m := body[0]; {
	case m&0xF0 == 0x80:
		n, off = int(m&0x0F), 1
	case m == 0xD0 && len(body) > 1:
		n, off = int(body[1]), 2
	case m == 0xD1 && len(body) > 2:
		n, off = int(binary.BigEndian.Uint16(body[1:])), 3
	case m == 0xD2 && len(body) > 4:
		n, off = int(binary.BigEndian.Uint32(body[1:])), 5
	default:
		return ""
	}
	s := strings.Join(strings.Fields(string(body[off:min(len(body), off+n)])), " ")
	return s[:min(len(s), 70)]
}

func (c *boltCounter) serve() {
	for {
		client, err := c.ln.Accept()
		if err != nil {
			return
		}
		server, err := net.Dial("tcp", c.dst)
		if err != nil {
			client.Close()
			continue
		}
		c.wg.Add(2)
		manifest := make(chan bool, 1)
		go func() {
			defer c.wg.Done()
			defer client.Close()
			c.fromServer(client, server, manifest)
		}()
		go func() {
			defer c.wg.Done()
			defer server.Close()
			c.fromClient(server, client, manifest)
		}()
	}
}

// fromServer copies the server's bytes to the client, telling the other
// direction whether the server chose manifest negotiation (its first four
// bytes 00 00 01 FF), after which the client sends one more version and a
// capability mask before its first message.
func (c *boltCounter) fromServer(client, server net.Conn, manifest chan<- bool) {
	var version [4]byte
	if _, err := io.ReadFull(server, version[:]); err != nil {
		manifest <- false
		return
	}
	manifest <- version == [4]byte{0, 0, 1, 0xFF}
	if _, err := client.Write(version[:]); err != nil {
		return
	}
	io.Copy(client, server)
}

// fromClient copies the client's bytes to the server and counts its
// messages: after the handshake, Bolt sends each message in chunks of a
// two-byte length, ended by an empty chunk; a message's first chunk starts
// with the structure marker and the message's signature.
func (c *boltCounter) fromClient(server, client net.Conn, manifest <-chan bool) {
	r := bufio.NewReader(client)
	write := func(p []byte) error { _, err := server.Write(p); return err }
	var hello [20]byte // magic and four proposed versions
	if _, err := io.ReadFull(r, hello[:]); err != nil || write(hello[:]) != nil {
		return
	}
	if <-manifest {
		var chosen [4]byte
		if _, err := io.ReadFull(r, chosen[:]); err != nil || write(chosen[:]) != nil {
			return
		}
		for { // capability mask, a varint
			b, err := r.ReadByte()
			if err != nil || write([]byte{b}) != nil {
				return
			}
			if b&0x80 == 0 {
				break
			}
		}
	}
	start := true
	for {
		var size [2]byte
		if _, err := io.ReadFull(r, size[:]); err != nil || write(size[:]) != nil {
			return
		}
		n := int(binary.BigEndian.Uint16(size[:]))
		if n == 0 {
			start = true
			continue
		}
		chunk := make([]byte, n)
		if _, err := io.ReadFull(r, chunk); err != nil || write(chunk) != nil {
			return
		}
		if start && n >= 2 && chunk[0]&0xF0 == 0xB0 {
			switch chunk[1] {
			case boltRun:
				c.runs.Add(1)
				c.mu.Lock()
				c.heads = append(c.heads, statementHead(chunk))
				c.mu.Unlock()
			case boltBegin:
				c.begin.Add(1)
			}
		}
		start = false
	}
}

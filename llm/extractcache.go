package llm

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"

	"github.com/kgassist/kgassist/kg"
)

// ExtractCache keeps each model's validated answer per chunk text, so a
// re-ingest, or a job restarted after a crash, pays only for text no model
// has read yet. It is an append-only JSON-lines file: every answer is one
// line written as soon as it is known, and a line cut short by a crash is
// skipped on the next open. It is safe for concurrent use.
type ExtractCache struct {
	mu      sync.Mutex
	f       *os.File
	entries map[string]extraction
}

// ExtractCacheFile is the cache's file name inside its folder.
const ExtractCacheFile = "extract-cache.jsonl"

type cacheLine struct {
	Key   string     `json:"key"`
	Model string     `json:"model"`
	Out   extraction `json:"out"`
}

// OpenExtractCache opens or creates the cache in dir.
func OpenExtractCache(dir string) (*ExtractCache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, kg.Wrap("llm.OpenExtractCache", err)
	}
	path := filepath.Join(dir, ExtractCacheFile)
	c := &ExtractCache{entries: map[string]extraction{}}
	if err := c.load(path); err != nil {
		return nil, kg.Wrap("llm.OpenExtractCache", err)
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, kg.Wrap("llm.OpenExtractCache", err)
	}
	c.f = f
	return c, nil
}

func (c *ExtractCache) load(path string) error {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		var l cacheLine
		if json.Unmarshal(sc.Bytes(), &l) != nil {
			continue // a line a crash cut short
		}
		c.entries[l.Key+"\x00"+l.Model] = l.Out
	}
	if len(b) > 0 && b[len(b)-1] != '\n' {
		// Start the next answer on a line of its own, past the torn one.
		return os.WriteFile(path, append(b, '\n'), 0o644)
	}
	return sc.Err()
}

// Get returns model's answer for the text key, if one was stored.
func (c *ExtractCache) Get(key, model string) (extraction, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	out, ok := c.entries[key+"\x00"+model]
	return out, ok
}

// Put stores model's answer for key and appends it to the file.
func (c *ExtractCache) Put(key, model string, out extraction) error {
	b, err := json.Marshal(cacheLine{Key: key, Model: model, Out: out})
	if err != nil {
		return kg.WrapCode(kg.EINTERNAL, "llm.ExtractCache.Put", err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := c.f.Write(append(b, '\n')); err != nil {
		return kg.Wrap("llm.ExtractCache.Put", err)
	}
	c.entries[key+"\x00"+model] = out
	return nil
}

// Len is the number of answers held.
func (c *ExtractCache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}

// Close closes the file.
func (c *ExtractCache) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.f.Close()
}

// extractKey names a chunk's text for the cache: what the model is asked
// depends on the prompt, the subject and the text, not on which document
// or chunk id carries it.
func extractKey(text, subject string) string {
	h := sha256.Sum256([]byte(extractPromptVersion + "\x00" + subject + "\x00" + text))
	return hex.EncodeToString(h[:])
}

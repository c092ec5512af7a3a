//go:build ignore

// gen_bluesky_repo writes the Bluesky repository fixtures (bluesky-repo/):
// for each account of the XRPC fixtures (bluesky/), the repository
// com.atproto.sync.getRepo returns (repo.car: a CAR v1 file of DAG-CBOR blocks, the signed commit
// as its root, the Merkle Search Tree of its records) and its DID
// document (did.json, as plc.directory serves it), following the atproto
// specifications (https://atproto.com/specs/repository,
// https://atproto.com/specs/data-model, https://ipld.io/specs/transport/car/carv1/).
// The accounts, keys and signatures are fictional (the signature is not
// a real one: the loader does not check signatures).
//
// Run from the module root: go run ./testdata/provenance/gen_bluesky_repo.go
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/fxamacker/cbor/v2"
)

const dir = "testdata/provenance/bluesky-repo"

type account struct {
	did, handle, name string
	records           map[string]any // collection/rkey → record
}

var em cbor.EncMode

func main() {
	var err error
	em, err = cbor.EncOptions{Sort: cbor.SortLengthFirst, IndefLength: cbor.IndefLengthForbidden}.EncMode()
	check(err)
	accounts := map[string]*account{}
	acct := func(a map[string]any) *account {
		did := a["did"].(string)
		if accounts[did] == nil {
			accounts[did] = &account{did: did, handle: a["handle"].(string), name: a["displayName"].(string), records: map[string]any{}}
		}
		return accounts[did]
	}
	for _, name := range []string{"getPostThread.json", "getAuthorFeed.json"} {
		b, err := os.ReadFile(filepath.Join("testdata/provenance/bluesky", name))
		check(err)
		d := json.NewDecoder(bytes.NewReader(b))
		d.UseNumber()
		var doc any
		check(d.Decode(&doc))
		walk(doc, func(o map[string]any) {
			uri, _ := o["uri"].(string)
			rec, ok := o["record"].(map[string]any)
			author, ok2 := o["author"].(map[string]any)
			if ok && ok2 && strings.HasPrefix(uri, "at://") {
				a := acct(author)
				a.records[uri[strings.Index(uri, "/app.bsky")+1:]] = rec
			}
			if r, ok := o["reason"].(map[string]any); ok && r["$type"] == "app.bsky.feed.defs#reasonRepost" {
				post := o["post"].(map[string]any)
				a := acct(r["by"].(map[string]any))
				t, err := time.Parse(time.RFC3339, r["indexedAt"].(string))
				check(err)
				a.records["app.bsky.feed.repost/"+tid(t)] = map[string]any{
					"$type":     "app.bsky.feed.repost",
					"subject":   map[string]any{"uri": post["uri"], "cid": post["cid"]},
					"createdAt": r["indexedAt"],
				}
			}
		})
	}
	for _, a := range accounts {
		a.records["app.bsky.actor.profile/self"] = map[string]any{"$type": "app.bsky.actor.profile", "displayName": a.name, "description": ""}
		writeRepo(a)
	}
}

// walk calls f on every object of v.
func walk(v any, f func(map[string]any)) {
	switch v := v.(type) {
	case map[string]any:
		f(v)
		for _, x := range v {
			walk(x, f)
		}
	case []any:
		for _, x := range v {
			walk(x, f)
		}
	}
}

// tid is a record key made of a time (atproto TID: 53 bits of
// microseconds, 10 of clock id, base32-sortable).
func tid(t time.Time) string {
	const alphabet = "234567abcdefghijklmnopqrstuvwxyz"
	n := uint64(t.UnixMicro())<<10 | 7
	var b [13]byte
	for i := 12; i >= 0; i-- {
		b[i] = alphabet[n&31]
		n >>= 5
	}
	return string(b[:])
}

// dagJSON turns JSON numbers into integers, as DAG-CBOR holds them.
func dagJSON(v any) any {
	switch v := v.(type) {
	case map[string]any:
		m := map[string]any{}
		for k, x := range v {
			m[k] = dagJSON(x)
		}
		return m
	case []any:
		l := make([]any, len(v))
		for i, x := range v {
			l[i] = dagJSON(x)
		}
		return l
	case json.Number:
		n, err := v.Int64()
		check(err)
		return n
	}
	return v
}

type block struct {
	cid  []byte
	data []byte
}

// blocks are the repository's blocks, in the order they are written.
var blocks []block

func put(v any) []byte {
	data, err := em.Marshal(v)
	check(err)
	sum := sha256.Sum256(data)
	cid := append([]byte{0x01, 0x71, 0x12, 0x20}, sum[:]...)
	blocks = append(blocks, block{cid, data})
	return cid
}

func link(cid []byte) any {
	if cid == nil {
		return nil
	}
	return cbor.Tag{Number: 42, Content: append([]byte{0}, cid...)}
}

// layer is the MST layer of a key: leading zero bits of its SHA-256,
// counted in pairs.
func layer(key string) int {
	sum := sha256.Sum256([]byte(key))
	n := 0
	for _, c := range sum {
		if c == 0 {
			n += 4
			continue
		}
		for c&0xc0 == 0 {
			n++
			c <<= 2
		}
		break
	}
	return n
}

type entry struct {
	key string
	cid []byte
}

// node writes the MST node of layer l holding the sorted entries, and
// returns its CID (nil for none).
func node(entries []entry, l int) []byte {
	if len(entries) == 0 {
		return nil
	}
	var mine []int
	for i, e := range entries {
		if layer(e.key) == l {
			mine = append(mine, i)
		}
	}
	if len(mine) == 0 {
		if l == 0 {
			panic("entries below layer 0")
		}
		// No key of this layer between two keys of the layer above:
		// an empty node that points down (the root always has keys).
		return put(map[string]any{"l": link(node(entries, l-1)), "e": []any{}})
	}
	left := node(entries[:mine[0]], l-1)
	var es []any
	prev := ""
	for j, i := range mine {
		end := len(entries)
		if j+1 < len(mine) {
			end = mine[j+1]
		}
		k := entries[i].key
		p := 0
		for p < len(prev) && p < len(k) && prev[p] == k[p] {
			p++
		}
		es = append(es, map[string]any{"p": p, "k": []byte(k[p:]), "v": link(entries[i].cid), "t": link(node(entries[i+1:end], l-1))})
		prev = k
	}
	return put(map[string]any{"l": link(left), "e": es})
}

func writeRepo(a *account) {
	blocks = nil
	var entries []entry
	keys := make([]string, 0, len(a.records))
	for k := range a.records {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	top := 0
	for _, k := range keys {
		entries = append(entries, entry{k, put(dagJSON(a.records[k]))})
		top = max(top, layer(k))
	}
	root := node(entries, top)
	sig := sha256.Sum256([]byte("fictional signature of " + a.did))
	commit := put(map[string]any{"did": a.did, "version": 3, "data": link(root), "rev": "3lab6b7sxjs2c",
		"prev": nil, "sig": append(sig[:], sig[:]...)})
	var car bytes.Buffer
	header, err := em.Marshal(map[string]any{"version": 1, "roots": []any{link(commit)}})
	check(err)
	car.Write(binary.AppendUvarint(nil, uint64(len(header))))
	car.Write(header)
	// The commit first, as getRepo writes it; then the other blocks.
	order := append([]block{blocks[len(blocks)-1]}, blocks[:len(blocks)-1]...)
	for _, b := range order {
		car.Write(binary.AppendUvarint(nil, uint64(len(b.cid)+len(b.data))))
		car.Write(b.cid)
		car.Write(b.data)
	}
	d := filepath.Join(dir, strings.Split(a.handle, ".")[0])
	check(os.MkdirAll(d, 0o755))
	check(os.WriteFile(filepath.Join(d, "repo.car"), car.Bytes(), 0o644))
	doc, err := json.MarshalIndent(map[string]any{
		"@context":    []string{"https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1", "https://w3id.org/security/suites/secp256k1-2019/v1"},
		"id":          a.did,
		"alsoKnownAs": []string{"at://" + a.handle},
		"verificationMethod": []map[string]string{{"id": a.did + "#atproto", "type": "Multikey", "controller": a.did,
			"publicKeyMultibase": "zQ3shFictionalKeyOf" + strings.Split(a.handle, ".")[0]}},
		"service": []map[string]string{{"id": "#atproto_pds", "type": "AtprotoPersonalDataServer", "serviceEndpoint": "https://pds.exemple.fr"}},
	}, "", "  ")
	check(err)
	check(os.WriteFile(filepath.Join(d, "did.json"), append(doc, '\n'), 0o644))
	fmt.Println(d, len(keys), "records,", len(blocks), "blocks,", car.Len(), "bytes")
}

func check(err error) {
	if err != nil {
		panic(err)
	}
}

package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

// runKeys manages API keys: create, list, revoke.
func runKeys(ctx context.Context, c *command, args []string) error {
	if len(args) == 0 {
		return kg.Errorf(kg.EINVALID, "usage: kgassist keys create|list|revoke")
	}
	c.Init("kgassist keys "+args[0], flag.ContinueOnError)
	c.StringVar(&c.DataDir, "data", "", "folder holding auth.db (default: beside the store)")
	scopes := c.String("scope", "chat", "comma-separated scopes: chat, ingest, admin")
	clearance := c.String("clearance", "public", "the most the key may see: public, partner, internal, restricted")
	name := c.String("name", "", "a name to recognise the key by")
	origins := c.String("origins", "", "comma-separated browser origins for a widget key (https://shop.example)")
	rate := c.String("rate", "", fmt.Sprintf("requests per minute, as N/min (chat keys default to %d/min; 0: no limit)", defaultChatRate))
	daily := c.Int("daily-tokens", 0, "tokens per day (0: no quota)")
	pos, err := c.parse(args[1:])
	if err != nil {
		return err
	}
	db, err := openAuth(ctx, c.Config, nil)
	if err != nil {
		return err
	}
	defer db.Close()
	switch args[0] {
	case "create":
		spec := auth.KeySpec{Name: *name, Scopes: splitList(*scopes), Origins: splitList(*origins), DailyTokens: *daily}
		if spec.Clearance, err = kg.ParseAudience(*clearance); err != nil {
			return err
		}
		if spec.RatePerMin, err = parseRate(*rate); err != nil {
			return err
		}
		if *rate == "" && slices.Contains(spec.Scopes, auth.ScopeChat) {
			spec.RatePerMin = defaultChatRate
		}
		return createKey(ctx, db, spec, c.JSON, c.stdout)
	case "list":
		return listKeys(ctx, db, c.JSON, c.stdout)
	case "revoke":
		if len(pos) != 1 {
			return kg.Errorf(kg.EINVALID, "usage: kgassist keys revoke ID")
		}
		if err := db.RevokeKey(ctx, pos[0]); err != nil {
			return err
		}
		fmt.Fprintf(c.stdout, "revoked %s\n", pos[0])
		return nil
	}
	return kg.Errorf(kg.EINVALID, "unknown keys command %q (want create, list or revoke)", args[0])
}

func createKey(ctx context.Context, db auth.Backend, spec auth.KeySpec, asJSON bool, stdout io.Writer) error {
	k, secret, err := db.CreateKey(ctx, spec)
	if err != nil {
		return err
	}
	if asJSON {
		return json.NewEncoder(stdout).Encode(map[string]any{"key": k, "secret": secret})
	}
	fmt.Fprintf(stdout, "id:        %s\nscopes:    %s\nclearance: %s\nkey:       %s\n\nThe key is shown only now; kgassist stores its hash.\n",
		k.ID, strings.Join(k.Scopes, ","), k.Clearance, secret)
	return nil
}

func listKeys(ctx context.Context, db auth.Backend, asJSON bool, stdout io.Writer) error {
	keys, err := db.ListKeys(ctx)
	if err != nil {
		return err
	}
	return printRows(stdout, asJSON, keys, "ID\tNAME\tSCOPES\tCLEARANCE\tORIGINS\tRATE\tDAILY\tSTATUS", func(k auth.Key) string {
		status := "live"
		if k.RevokedAt != nil {
			status = "revoked " + k.RevokedAt.Format("2006-01-02")
		}
		return fmt.Sprintf("%s\t%s\t%s\t%s\t%s\t%d/min\t%d\t%s", k.ID, k.Name, strings.Join(k.Scopes, ","), k.Clearance,
			strings.Join(k.Origins, " "), k.RatePerMin, k.DailyTokens, status)
	})
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// parseRate reads "N/min" (or a bare N).
// defaultChatRate is a new chat key's rate unless --rate says otherwise:
// every answer costs model time and an audit row, so no key is unlimited
// by accident.
const defaultChatRate = 60

func parseRate(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(s), "/min"))
	if err != nil || n < 0 {
		return 0, kg.Errorf(kg.EINVALID, "rate %q: want N/min", s)
	}
	return n, nil
}

package pgarchive_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/guillemet/guillemet/pgarchive"
	"github.com/guillemet/guillemet/provenance"
)

// Messages and logs name a database without its password.
func ExampleRedact() {
	fmt.Println(pgarchive.Redact("postgres://redaction:s3cret@db.example:5432/archive?sslmode=require"))
	fmt.Println(pgarchive.Redact("host=db.example user=redaction password='s3 cret' dbname=archive"))
	// Output:
	// postgres://redaction:xxxxx@db.example:5432/archive?sslmode=require
	// host=db.example user=redaction password=xxxxx dbname=archive
}

// The schema's migrations, applied in order by Migrate.
func ExampleMigrations() {
	for _, m := range pgarchive.Migrations() {
		fmt.Printf("%03d %s\n", m.Version, m.Name)
	}
	// Output:
	// 001 schema
	// 002 origins
	// 003 visibility
}

// Migrate, fill and query an archive: the calls are provenance.Memory's.
func ExampleOpen() {
	ctx := context.Background()
	url := "postgres://guillemet@localhost/newsroom"
	if _, err := pgarchive.Migrate(ctx, url, pgarchive.Options{}); err != nil {
		log.Fatal(err)
	}
	a, err := pgarchive.Open(ctx, url, pgarchive.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer a.Close()
	if err := a.Put(ctx, provenance.Post{Platform: provenance.X, ID: "1", Author: "lea_morel",
		CreatedAt: time.Date(2025, 3, 11, 8, 0, 0, 0, time.UTC), Text: "La réforme sera votée avant l'été."}); err != nil {
		log.Fatal(err)
	}
	res, err := provenance.Link(ctx, a, "la reforme sera votee avant l'ete", nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Verdict, res.Source.Key())
}

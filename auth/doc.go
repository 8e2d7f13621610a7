// Package auth is what the HTTP surfaces need to know about callers: API
// keys (stored hashed), conversations, the audit log, feedback, daily token
// usage and upload jobs. Backend is the contract; auth/sqlite keeps it in
// one SQLite file beside the graph data, auth/neo4j in the Neo4j database
// that replicas share, and both pass auth/authtest.
package auth

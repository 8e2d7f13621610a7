// Package tableq answers questions over a whole table: how many rows match
// a filter, the average or total of a column, which group has the most
// rows, the distinct values of a column. A question becomes a small Plan
// (filters, one aggregate, an optional group-by with order and limit),
// read deterministically from the question with the table's own columns
// and values as the vocabulary, or written by a language model as JSON
// and validated against the table before it runs. The rows come from the
// store at the caller's clearance (kg.TableReader), and every result
// names the rows it used so the answer cites them.
package tableq

package server

import (
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the server's Prometheus series, on a registry of its own so
// several servers in one process (tests) do not collide.
type metrics struct {
	reg       *prometheus.Registry
	requests  *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	errors    *prometheus.CounterVec
	tokens    prometheus.Counter
	ingestDoc *prometheus.CounterVec
	facts     prometheus.Counter
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "kgassist_http_requests_total",
			Help: "HTTP requests by route, method and status."}, []string{"route", "method", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "kgassist_http_request_seconds",
			Help: "HTTP request latency by route.", Buckets: prometheus.ExponentialBuckets(0.005, 2.5, 10)}, []string{"route", "method"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "kgassist_errors_total",
			Help: "Error responses by kgassist error code."}, []string{"code"}),
		tokens: prometheus.NewCounter(prometheus.CounterOpts{Name: "kgassist_tokens_total",
			Help: "Estimated tokens of questions and answers."}),
		ingestDoc: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "kgassist_ingest_documents_total",
			Help: "Documents ingested through the API by outcome."}, []string{"status"}),
		facts: prometheus.NewCounter(prometheus.CounterOpts{Name: "kgassist_ingest_facts_total",
			Help: "Facts written by documents ingested through the API."}),
	}
	m.reg.MustRegister(m.requests, m.latency, m.errors, m.tokens, m.ingestDoc, m.facts,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// observe counts every request under its route pattern, never its raw
// path, so ids do not explode the series.
func (m *metrics) observe(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		start := time.Now()
		err := next(c)
		if err != nil {
			c.Error(err) // render now, so the status is known
		}
		route := c.Path()
		if route == "" {
			route = "unmatched"
		}
		status := c.Response().Status
		m.requests.WithLabelValues(route, c.Request().Method, strconv.Itoa(status)).Inc()
		m.latency.WithLabelValues(route, c.Request().Method).Observe(time.Since(start).Seconds())
		if status >= 400 {
			m.errors.WithLabelValues(codeOfHTTP(status)).Inc()
		}
		return nil
	}
}

func (m *metrics) handler() http.Handler { return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{}) }

package main

import (
	"net/http"

	"github.com/kgassist/kgassist/web"
)

func staticHandler() http.Handler { return web.Handler() }

#!/usr/bin/env node
import "../dist/jixiao.mjs"

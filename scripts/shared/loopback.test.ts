import { describe, expect, it } from 'vitest'
import { isLoopbackUrl } from './loopback'

describe('isLoopbackUrl without an origin', () => {
  it('should allow inline data, object URLs and about: pages', () => {
    expect(isLoopbackUrl('data:font/woff2;base64,AA')).toBe(true)
    expect(isLoopbackUrl('blob:http://127.0.0.1:4000/7f1c')).toBe(true)
    expect(isLoopbackUrl('about:blank')).toBe(true)
    expect(isLoopbackUrl('about:srcdoc')).toBe(true)
  })

  it('should allow 127.0.0.1, [::1] and localhost on any port, over http(s) and ws(s)', () => {
    expect(isLoopbackUrl('http://127.0.0.1:4000/briefings/x.js')).toBe(true)
    expect(isLoopbackUrl('http://[::1]:3030/')).toBe(true)
    expect(isLoopbackUrl('http://localhost:3030/@vite/client')).toBe(true)
    expect(isLoopbackUrl('ws://localhost:3030/')).toBe(true)
    expect(isLoopbackUrl('https://127.0.0.1/')).toBe(true)
  })

  it('should refuse other hosts, other loopback addresses and look-alikes', () => {
    expect(isLoopbackUrl('https://fonts.googleapis.com/css2?family=Nunito+Sans')).toBe(false)
    expect(isLoopbackUrl('https://cdn.jsdelivr.net/gh/slidevjs/slidev/assets/favicon.png')).toBe(false)
    expect(isLoopbackUrl('http://127.0.0.2:4000/x')).toBe(false)
    expect(isLoopbackUrl('http://127.0.0.1.evil.com/x')).toBe(false)
    expect(isLoopbackUrl('http://localhost.evil.com/x')).toBe(false)
    expect(isLoopbackUrl('http://evil.com/?next=http://127.0.0.1/')).toBe(false)
    expect(isLoopbackUrl('http://127.0.0.1@evil.com/x')).toBe(false)
    expect(isLoopbackUrl('http://10.0.0.1/')).toBe(false)
  })

  it('should refuse other schemes and unparsable URLs', () => {
    expect(isLoopbackUrl('file:///etc/passwd')).toBe(false)
    expect(isLoopbackUrl('ftp://127.0.0.1/x')).toBe(false)
    expect(isLoopbackUrl('chrome-extension://abc/x.js')).toBe(false)
    expect(isLoopbackUrl('not a url')).toBe(false)
    expect(isLoopbackUrl('')).toBe(false)
  })
})

describe('isLoopbackUrl with an origin', () => {
  const origin = 'http://127.0.0.1:4000'

  it('should allow same-origin paths and inline data', () => {
    expect(isLoopbackUrl('http://127.0.0.1:4000/briefings/x.js', origin)).toBe(true)
    expect(isLoopbackUrl('http://127.0.0.1:4000', origin)).toBe(true)
    expect(isLoopbackUrl('data:font/woff2;base64,AA', origin)).toBe(true)
    expect(isLoopbackUrl('blob:http://127.0.0.1:4000/uuid', origin)).toBe(true)
  })

  it('should refuse another port, scheme or loopback spelling', () => {
    expect(isLoopbackUrl('http://127.0.0.1:40001/x', origin)).toBe(false)
    expect(isLoopbackUrl('http://127.0.0.1/x', origin)).toBe(false)
    expect(isLoopbackUrl('https://127.0.0.1:4000/x', origin)).toBe(false)
    expect(isLoopbackUrl('http://localhost:4000/x', origin)).toBe(false)
    expect(isLoopbackUrl('http://127.0.0.2:4000/x', origin)).toBe(false)
  })

  it('should refuse look-alike hosts that start with the origin', () => {
    expect(isLoopbackUrl('http://127.0.0.1:4000.evil.example/x', origin)).toBe(false)
    expect(isLoopbackUrl('http://127.0.0.1.evil.com:4000/x', origin)).toBe(false)
  })

  it('should refuse everything on the network when the origin itself is not loopback or not a URL', () => {
    expect(isLoopbackUrl('https://example.com/x', 'https://example.com')).toBe(false)
    expect(isLoopbackUrl('http://127.0.0.1:4000/x', 'nonsense')).toBe(false)
  })
})

// files.js — files in the browser page: a download link for each file the
// teacher hands out, and work handed in while the teacher collects it. A
// hand-in works out the file's SHA-256 here first (a small SHA-256 of our
// own: the browser's crypto.subtle exists only on https pages, and hashes
// a whole file at once), then POST /handin learns how much the teacher
// already has, and the rest goes in chunks (PATCH). After a cut it asks
// again and goes on from the last byte the teacher received.
'use strict';

// SHA-256 (FIPS 180-4), fed in pieces.
class Sha256 {
  constructor() {
    this.h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
      0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
    this.block = new Uint8Array(64);
    this.used = 0;
    this.length = 0;
    this.w = new Uint32Array(64);
  }

  update(bytes) {
    let i = 0;
    this.length += bytes.length;
    if (this.used > 0) {
      const take = Math.min(64 - this.used, bytes.length);
      this.block.set(bytes.subarray(0, take), this.used);
      this.used += take;
      i = take;
      if (this.used < 64) return;
      this.compress(this.block, 0);
      this.used = 0;
    }
    for (; i + 64 <= bytes.length; i += 64) this.compress(bytes, i);
    this.block.set(bytes.subarray(i), 0);
    this.used = bytes.length - i;
  }

  compress(bytes, at) {
    const K = Sha256.K;
    const w = this.w;
    for (let t = 0; t < 16; t++) {
      const j = at + t * 4;
      w[t] = (bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3];
    }
    for (let t = 16; t < 64; t++) {
      const a = w[t - 15];
      const b = w[t - 2];
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
    }
    let [a, b, c, d, e, f, g, h] = this.h;
    for (let t = 0; t < 64; t++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + s1 + ch + K[t] + w[t]) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (s0 + maj) | 0;
      h = g; g = f; f = e; e = (d + t1) | 0;
      d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    const H = this.h;
    H[0] += a; H[1] += b; H[2] += c; H[3] += d; H[4] += e; H[5] += f; H[6] += g; H[7] += h;
  }

  hex() {
    const bits = this.length * 8;
    const tail = new Uint8Array(this.used < 56 ? 64 : 128);
    tail.set(this.block.subarray(0, this.used));
    tail[this.used] = 0x80;
    const view = new DataView(tail.buffer);
    view.setUint32(tail.length - 8, Math.floor(bits / 0x100000000));
    view.setUint32(tail.length - 4, bits >>> 0);
    for (let i = 0; i < tail.length; i += 64) this.compress(tail, i);
    return Array.from(this.h, (x) => x.toString(16).padStart(8, '0')).join('');
  }
}
Sha256.K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]);

const CHUNK = 8 * 1024 * 1024;

function sizeText(bytes) {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toLocaleString(navigator.languages, { maximumFractionDigits: unit ? 1 : 0 })} ${units[unit]}`;
}

async function sha256Of(file, progress) {
  const hash = new Sha256();
  for (let at = 0; at < file.size; at += CHUNK) {
    hash.update(new Uint8Array(await file.slice(at, at + CHUNK).arrayBuffer()));
    progress(Math.min(file.size, at + CHUNK));
  }
  return hash.hex();
}

// One hand-in (or, with `share`, a file for the whole room, where the
// teacher allows it): `show(state text, fraction)` follows it; the promise
// says how it ended.
async function handInFile(file, token, texts, show, share) {
  show(texts.hashing, 0);
  const sha256 = await sha256Of(file, (done) => show(texts.hashing, done / Math.max(1, file.size)));
  let pause = 1;
  for (let tries = 0; tries < 12; tries++) {
    try {
      const begin = await fetch('/handin', {
        method: 'POST',
        headers: {
          Authorization: `Salon ${token()}`,
          'Salon-File-Name': encodeURIComponent(file.name),
          'Salon-File-Size': String(file.size),
          'Salon-File-Sha256': sha256,
          ...(share ? { 'Salon-Share': 'room' } : {}),
        },
      });
      let answer = await begin.json();
      if (!begin.ok) return { ok: false, why: String(answer.error || begin.status) };
      while (!answer.done) {
        const offset = Number(answer.offset) || 0;
        show(texts.sending(sizeText(offset), sizeText(file.size)), offset / Math.max(1, file.size));
        const part = await fetch(`/handin/${encodeURIComponent(answer.upload)}`, {
          method: 'PATCH',
          headers: { Authorization: `Salon ${token()}`, 'Salon-Offset': String(offset) },
          body: file.slice(offset, offset + CHUNK),
        });
        const next = await part.json();
        if (!part.ok && part.status !== 409) return { ok: false, why: String(next.error || part.status) };
        answer = { upload: answer.upload, ...next };
        pause = 1;
      }
      if (answer.sha256 !== sha256) return { ok: false, why: texts.notTheSame };
      return { ok: true, late: !!answer.late, name: String(answer.name || file.name) };
    } catch (e) {
      // The network: ask again how far the teacher got, in a moment.
      show(texts.retrying(pause), null);
      await new Promise((resolve) => setTimeout(resolve, pause * 1000));
      pause = Math.min(pause * 2, 30);
    }
  }
  return { ok: false, why: texts.gaveUp };
}

window.SalonFiles = { Sha256, handInFile, sizeText };

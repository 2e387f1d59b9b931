// CivBot public page: re-checks the receipts in the browser, trusting nothing the server says about them.
// Each JSONL line's hash is recomputed with WebCrypto over exactly the bytes served, minus the line's own
// "hash" member (the canonical form the hash covers), so it stays right whatever fields receipts gain.
"use strict";
(() => {
  const data = document.body.dataset;
  // The page's words, in the group's language: the page hands them over; "{name}" marks what the script fills in.
  const TEXTS = JSON.parse(data.texts || "{}");
  const t = (key, values = {}) => (TEXTS[key] || key).replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const HASH = enc.encode(',"hash":"');
  const GENESIS = "0".repeat(64);
  const hex = (buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, "0")).join("");
  const fromB64 = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

  function indexOf(bytes, pattern) {
    outer: for (let i = 0; i <= bytes.length - pattern.length; i++) {
      for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
      return i;
    }
    return -1;
  }

  function splitLines(bytes) {
    const lines = [];
    let start = 0;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 10) {
        if (i > start) lines.push(bytes.subarray(start, i));
        start = i + 1;
      }
    }
    if (start < bytes.length) lines.push(bytes.subarray(start));
    return lines;
  }

  async function walk(lines) {
    // Hash every line at once (WebCrypto runs them off the main thread), then walk the chain in order.
    const digests = lines.map((line) => {
      const at = indexOf(line, HASH);
      if (at < 0) return null;
      const body = new Uint8Array(line.length - HASH.length - 65);
      body.set(line.subarray(0, at));
      body.set(line.subarray(at + HASH.length + 65), at);
      return crypto.subtle.digest("SHA-256", body);
    });
    const results = await Promise.all(digests);
    let prev = null;
    let withheld = 0;
    const hashes = [];
    for (let i = 0; i < lines.length; i++) {
      let r;
      try {
        r = JSON.parse(dec.decode(lines[i]));
      } catch {
        return { broken: { seq: i + 1, reason: t("NotJson") }, count: lines.length };
      }
      const seq = (prev ? prev.seq : 0) + 1;
      if (r.seq !== seq) return { broken: { seq: r.seq, reason: t("SequenceJumps", { from: seq - 1, to: r.seq }) }, count: lines.length };
      if (r.prev_hash !== (prev ? prev.hash : GENESIS))
        return { broken: { seq, reason: t("PreviousHash") }, count: lines.length };
      if (r.withheld) withheld++;
      else if (results[i] === null || hex(results[i]) !== r.hash)
        return { broken: { seq, reason: t("Edited") }, count: lines.length };
      hashes.push(r.hash);
      prev = r;
    }
    return { count: lines.length, hashes, withheld, head: prev ? prev.hash : GENESIS };
  }

  async function verifierKey() {
    const text = (await (await fetch(data.key, { cache: "no-store" })).text()).trim();
    // name+hex(key id)+base64(0x01 || key): the name and id never hold "+", the base64 may.
    const p1 = text.indexOf("+");
    const p2 = text.indexOf("+", p1 + 1);
    const name = text.slice(0, p1);
    const id = text.slice(p1 + 1, p2);
    const b64 = text.slice(p2 + 1);
    const blob = fromB64(b64);
    if (blob.length !== 33 || blob[0] !== 1) throw new Error(t("NotEd25519"));
    const pub = blob.slice(1);
    const fingerprint = hex(await crypto.subtle.digest("SHA-256", pub)).slice(0, 16);
    return { name, id: id.toLowerCase(), pub, fingerprint };
  }

  // A signed note (c2sp.org/signed-note): text, a blank line, "— name base64(keyid || signature)" lines.
  // A note pasted from a chat may have its lines folded into spaces; unfold it first.
  function parseNote(raw) {
    let text = raw.replace(/\r\n/g, "\n").trim();
    if (!text.includes("\n") && text.includes("\u2014")) {
      const dash = text.indexOf("\u2014");
      const body = text.slice(0, dash).trim().split(/\s+/);
      const sigs = text.slice(dash).split("\u2014").filter((s) => s.trim()).map((s) => "\u2014 " + s.trim());
      text = body.join("\n") + "\n\n" + sigs.join("\n");
    }
    text += "\n";
    const split = text.lastIndexOf("\n\n");
    if (split < 0) return null;
    const body = text.slice(0, split + 1);
    const sigs = text.slice(split + 2).split("\n").filter((l) => l).map((l) => {
      const m = /^\u2014 (\S+) (\S+)$/.exec(l);
      return m ? { name: m[1], blob: fromB64(m[2]) } : null;
    });
    return sigs.length && sigs.every((s) => s) ? { body, sigs } : null;
  }

  async function checkNote(raw, key, chain) {
    const note = parseNote(raw);
    if (!note) return { ok: false, text: t("NotCheckpoint") };
    const mine = note.sigs.filter((s) => s.name === key.name && hex(s.blob.slice(0, 4)) === key.id);
    if (!mine.length) return { ok: false, text: t("WrongKey", { key: key.fingerprint }) };
    let pub;
    try {
      pub = await crypto.subtle.importKey("raw", key.pub, { name: "Ed25519" }, false, ["verify"]);
    } catch {
      return { ok: false, text: t("NoEd25519") };
    }
    for (const s of mine) {
      if (!(await crypto.subtle.verify({ name: "Ed25519" }, pub, s.blob.slice(4), enc.encode(note.body))))
        return { ok: false, text: t("BadSignature") };
    }
    const [origin, size, root] = note.body.split("\n");
    if (origin !== data.origin) return { ok: false, text: t("OtherGroup", { origin }) };
    const n = Number(size);
    const head = hex(fromB64(root));
    if (n > chain.hashes.length)
      return { ok: false, seq: chain.hashes.length + 1, text: t("Removed", { have: chain.hashes.length, n }) };
    if (n > 0 && chain.hashes[n - 1] !== head) {
      return { ok: false, seq: n, text: t("Rewritten", { n }) };
    }
    return { ok: true, n, head, text: "" };
  }

  function show(el, ok, text) {
    el.textContent = text;
    el.classList.toggle("ok", ok);
    el.classList.toggle("bad", !ok);
  }

  function mark(seq) {
    document.querySelectorAll(".timeline li.broken").forEach((li) => li.classList.remove("broken"));
    const li = seq && document.getElementById("r" + seq);
    if (li) li.classList.add("broken");
  }

  let state = null;
  async function verify() {
    const status = document.getElementById("verify-status");
    status.textContent = t("Checking");
    try {
      const started = performance.now();
      const bytes = new Uint8Array(await (await fetch(data.jsonl, { cache: "no-store" })).arrayBuffer());
      const chain = await walk(splitLines(bytes));
      const key = await verifierKey();
      state = { chain, key };
      if (chain.broken) {
        mark(chain.broken.seq);
        return show(status, false, t("Broken", chain.broken));
      }
      const withheld = chain.withheld ? t("Withheld", { n: chain.withheld }) : "";
      const response = await fetch(data.checkpoint, { cache: "no-store" });
      let signed = t("NoCheckpoint");
      if (response.ok) {
        const result = await checkNote(await response.text(), key, chain);
        if (!result.ok) {
          mark(result.seq);
          return show(status, false, result.text);
        }
        signed = t("SignedBy", { key: key.fingerprint, n: result.n });
      }
      const ms = Math.round(performance.now() - started);
      status.dataset.ms = String(ms);
      mark(null);
      show(status, true, t("Verified", { count: chain.count, head: chain.head.slice(0, 12), signed, withheld }));
    } catch (e) {
      show(status, false, t("CouldNotCheck", { error: e.message }));
    }
  }

  async function checkPasted() {
    const out = document.getElementById("checkpoint-status");
    if (!state) await verify();
    if (!state || state.chain.broken) return show(out, false, t("ChainBroken"));
    const result = await checkNote(document.getElementById("checkpoint-text").value, state.key, state.chain);
    if (!result.ok) {
      mark(result.seq);
      return show(out, false, result.text);
    }
    show(out, true, t("Matches", { n: result.n, head: result.head.slice(0, 12), key: state.key.fingerprint }));
  }

  document.getElementById("verify-run").addEventListener("click", verify);
  document.getElementById("checkpoint-run").addEventListener("click", checkPasted);
  verify();
})();

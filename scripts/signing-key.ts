/**
 * The key that signs dataset manifests: DIALOGUE_LENS_SIGNING_KEY (a JWK, or PKCS#8 as PEM or
 * base64) or, without it, the committed development key, which only development builds trust.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEVELOPMENT_PUBLIC_KEY, RELEASE_PUBLIC_KEYS } from '../lib/sync/keys.ts';
import { importSigningKey, type SigningKey } from '../lib/sync/signature.ts';
import { ROOT } from './dataset-files.ts';

const DEVELOPMENT_KEY_FILE = path.join(ROOT, 'scripts/keys/development-signing-key.jwk.json');

export interface LoadedKey {
  key: SigningKey;
  isDevelopmentKey: boolean;
  /** A line for the script's output that says which key signed. */
  describe: string;
}

const sameKey = (a: JsonWebKey, b: JsonWebKey) => a.x === b.x && a.y === b.y;

/** Exits the process with a clear message when the key in the environment is unusable. */
export async function loadSigningKey(script: string): Promise<LoadedKey> {
  const fromEnv = process.env.DIALOGUE_LENS_SIGNING_KEY?.trim();
  let key: SigningKey;
  try {
    key = await importSigningKey(fromEnv || readFileSync(DEVELOPMENT_KEY_FILE, 'utf8'));
  } catch (error) {
    console.error(`${script}: DIALOGUE_LENS_SIGNING_KEY is not a usable ECDSA P-256 private key (${(error as Error).message})`);
    process.exit(1);
  }
  const isDevelopmentKey = sameKey(key.publicJwk, DEVELOPMENT_PUBLIC_KEY);
  if (fromEnv && !isDevelopmentKey && !RELEASE_PUBLIC_KEYS.some((k) => sameKey(k, key.publicJwk))) {
    console.warn(
      `${script}: warning: the extension does not ship this key's public half, so it will refuse what this signs.\n` +
        `  Add it to RELEASE_PUBLIC_KEYS in lib/sync/keys.ts: ${JSON.stringify(key.publicJwk)}`,
    );
  }
  const describe = isDevelopmentKey
    ? `${script}: signed with the DEVELOPMENT key (${fromEnv ? 'from DIALOGUE_LENS_SIGNING_KEY' : 'DIALOGUE_LENS_SIGNING_KEY is not set'}): fine for development and tests, not for publishing`
    : `${script}: signed with the key in DIALOGUE_LENS_SIGNING_KEY`;
  return { key, isDevelopmentKey, describe };
}

/**
 * The public keys a dataset manifest may be signed with. Public keys are safe to publish; the
 * private halves are not (README: "Signing the dataset").
 *
 * DEVELOPMENT_PUBLIC_KEY pairs with scripts/keys/development-signing-key.jwk.json, which is
 * committed on purpose so that `npm run data:build`, `npm run serve:data` and the tests work in a
 * clean clone. Anyone can sign with it, so a release must not trust it: once a release key exists,
 * put its public JWK in RELEASE_PUBLIC_KEYS and the development key is trusted only by builds made
 * with WXT_TRUST_DEVELOPMENT_KEY=1.
 */
export const DEVELOPMENT_PUBLIC_KEY: JsonWebKey = {
  kty: 'EC',
  crv: 'P-256',
  x: 'OQEAwwsIWHRITxd2xmeyeCHxO_Gf4NmiRlAXC8X5tdU',
  y: 'AIxXdBH_JEvQcfcgjYgx8hIz3SsGGDzu-LTFJ9e48-A',
};

/** Public JWKs of the release signing key(s); two during a key rotation. */
export const RELEASE_PUBLIC_KEYS: readonly JsonWebKey[] = [];

export function trustedPublicKeys(options: { trustDevelopmentKey: boolean }): JsonWebKey[] {
  if (!RELEASE_PUBLIC_KEYS.length || options.trustDevelopmentKey) return [...RELEASE_PUBLIC_KEYS, DEVELOPMENT_PUBLIC_KEY];
  return [...RELEASE_PUBLIC_KEYS];
}

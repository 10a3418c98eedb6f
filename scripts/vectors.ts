/** Regenerate docs/vectors/statements.json (run: npx tsx scripts/vectors.ts). */
import { writeFileSync } from 'node:fs';
import { nodeCrypto, nodeSigner } from '../src/crypto/node.js';
import { decodeHex, encodeBase64 } from '../src/core/log/encoding.js';
import { buildVector, VECTOR_SEEDS } from '../src/core/statements/vectors.js';
import { keyIdOf } from '../src/core/statements/envelope.js';

const root = nodeSigner(decodeHex(VECTOR_SEEDS.root)!);
const kpps = nodeSigner(decodeHex(VECTOR_SEEDS.kpps)!);
const vectors = [
  buildVector(nodeCrypto, 'genesis', VECTOR_SEEDS.root, root, 'election.genesis', {
    election: {
      id: 'pilkada2024',
      name: 'Pemilihan Serentak 2024',
      kind: 'pilkada',
      votingDay: '2024-11-27',
      ballotReservePermille: 25,
    },
    rootKey: encodeBase64(root.publicKey),
    contests: [
      {
        id: 'pilkada2024-pkwkk-3579',
        kind: 'mayor',
        region: '3579',
        name: 'Pemilihan Wali Kota dan Wakil Wali Kota Batu',
        pairs: [
          { id: '1000806', ballotNumber: 1, name: 'Nurochman - Heli Suyanto', emptyColumn: false },
          { id: '1000807', ballotNumber: 2, name: 'Firhando Gumelar - H. Rudi', emptyColumn: false },
          {
            id: '1000808',
            ballotNumber: 3,
            name: 'Kris Dayanti - Kresna Dewanata Phrosakh',
            emptyColumn: false,
          },
        ],
      },
    ],
  }),
  buildVector(nodeCrypto, 'key.register', VECTOR_SEEDS.root, root, 'key.register', {
    publicKey: encodeBase64(kpps.publicKey),
    role: 'kpps',
    scope: { region: '3579011001001' },
    name: 'KPPS TPS 001 Sisir, Batu',
  }),
  buildVector(nodeCrypto, 'key.revoke', VECTOR_SEEDS.root, root, 'key.revoke', {
    keyId: keyIdOf(nodeCrypto, kpps.publicKey),
    reason: 'Perangkat hilang · device lost',
  }),
];
writeFileSync(
  new URL('../docs/vectors/statements.json', import.meta.url),
  `${JSON.stringify(vectors, null, 2)}\n`,
);
console.log(`wrote ${vectors.length} vectors`);

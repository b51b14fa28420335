// Writes dist/amparo-dataset.schema.json from the zod schemas, so editors can autocomplete and
// check a dataset (`"$schema": "https://cdn.example.org/amparo@1/dist/amparo-dataset.schema.json"`).
import {main} from '../dist/cli/amparo.js';

process.exitCode = await main(['schema', '--out', 'dist/amparo-dataset.schema.json']);

// Validates YAML files against Microsoft's published Azure Pipelines schema, the way the Azure Pipelines
// language server (VS Code) reads it, so RestGate's tests can prove that every export is accepted.
//
//   node validate.mjs SCHEMA.json FILE.yml...
//
// Prints one JSON object per file: {"file": ..., "valid": true|false, "errors": ["/path: message", ...]}.
// Exit status: 0 every file valid, 1 some file invalid, 2 usage or a file that is not YAML.
//
// How the schema's extensions are treated (it is written for the language server, not for plain JSON Schema):
//   doNotSuggest, deprecationMessage  annotations for completion lists; no effect on validity.
//   ignoreCase                        annotation only: values and keys must be written in the schema's own case.
//                                     (The language server is case-insensitive here; RestGate always writes the
//                                     canonical case, so this is the stricter reading.)
//   aliases                           enforced as the language server does: an alias may stand for a property
//                                     (also in "required"), and a property given twice, under two of its names,
//                                     is an error.
//   firstProperty                     enforced as the language server does: the mapping's first key must be one
//                                     of the listed ones ("- task:" before "displayName:").
// YAML is read as YAML 1.1 (yes/no/on/off are booleans, like the language server's parser); mapping keys keep
// their source text. Where the schema asks for a string, a boolean, number or null is accepted as its text, and a
// quoted "true"/"5" where it asks for a boolean/integer (Ajv's coerceTypes), as the language server does for
// scalars. A file whose top level is a list is a fragment: a list of steps, jobs (first key job/deployment) or
// stages (first key stage), validated as the pipeline {steps|jobs|stages: <list>}.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import YAML from 'yaml';

function usage(message) {
    process.stderr.write(`validate.mjs: ${message}\nusage: node validate.mjs SCHEMA.json FILE.yml...\n`);
    process.exit(2);
}

// Makes "aliases" real: every alias becomes a property with the same schema, "required" accepts any of the names,
// and two names of one property together are rejected.
function applyAliases(node) {
    if (Array.isArray(node)) {
        node.forEach(applyAliases);
        return;
    }
    if (node === null || typeof node !== 'object')
        return;
    for (const value of Object.values(node))
        applyAliases(value);
    if (!node.properties || typeof node.properties !== 'object')
        return;
    const extra = [];
    for (const [name, property] of Object.entries(node.properties)) {
        if (!property || !Array.isArray(property.aliases) || property.aliases.length === 0)
            continue;
        const names = [name, ...property.aliases.filter((alias) => !(alias in node.properties))];
        for (const alias of names.slice(1))
            node.properties[alias] = property;
        for (let i = 0; i < names.length; ++i) {
            for (let j = i + 1; j < names.length; ++j)
                extra.push({ not: { required: [names[i], names[j]] } });
        }
        if (Array.isArray(node.required) && node.required.includes(name)) {
            node.required = node.required.filter((required) => required !== name);
            extra.push({ anyOf: names.map((n) => ({ required: [n] })) });
        }
    }
    if (extra.length > 0)
        node.allOf = [...(node.allOf ?? []), ...extra];
}

// YAML 1.1 values with mapping keys as written (YAML 1.1 would turn a key "on" or "n" into a boolean).
function toData(node) {
    if (node === null || node === undefined)
        return null;
    if (YAML.isMap(node)) {
        const object = {};
        for (const pair of node.items) {
            const key = YAML.isScalar(pair.key) ? (pair.key.source ?? String(pair.key.value)) : String(pair.key);
            object[key] = toData(pair.value);
        }
        return object;
    }
    if (YAML.isSeq(node))
        return node.items.map(toData);
    if (YAML.isAlias(node))
        return null;
    if (YAML.isScalar(node)) {
        // The language server's parser has no timestamp type: a date is a string there.
        if (node.value instanceof Date)
            return node.source;
        if (typeof node.value === 'number' && !Number.isFinite(node.value))
            return node.source;
        return node.value;
    }
    return null;
}

function wrapFragment(data) {
    if (!Array.isArray(data))
        return data;
    const first = data.find((item) => item !== null && typeof item === 'object' && !Array.isArray(item));
    const firstKey = first ? Object.keys(first)[0] : undefined;
    if (firstKey === 'job' || firstKey === 'deployment')
        return { jobs: data };
    if (firstKey === 'stage')
        return { stages: data };
    return { steps: data };
}

// Ajv reports every failed branch of the 259-task anyOf; keep the deepest few that are not "this is another task".
function explain(errors) {
    const relevant = errors.filter((e) => !(e.keyword === 'pattern' && e.instancePath.endsWith('/task')));
    const depth = (e) => e.instancePath.split('/').length;
    const deepest = Math.max(...relevant.map(depth));
    const messages = relevant
        .filter((e) => depth(e) === deepest)
        .map((e) => `${e.instancePath || '/'}: ${e.message}${e.params?.additionalProperty ? ` '${e.params.additionalProperty}'` : ''}`);
    return [...new Set(messages)].slice(0, 5);
}

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0)
    usage('expected a schema and at least one file');

const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
applyAliases(schema);
// The schema's patterns are JavaScript regular expressions without the "u" flag (e.g. "\\:"), as the language
// server compiles them; Ajv adds "u" unless told otherwise.
const plainRegExp = (pattern, flags) => new RegExp(pattern, flags.replace('u', ''));
plainRegExp.code = 'new RegExp';
const ajv = new Ajv({
    strict: false,
    allErrors: false,
    coerceTypes: true,
    validateFormats: false,
    code: { regExp: plainRegExp },
});
for (const keyword of ['ignoreCase', 'aliases', 'doNotSuggest', 'deprecationMessage'])
    ajv.addKeyword({ keyword });
ajv.addKeyword({
    keyword: 'firstProperty',
    type: 'object',
    schemaType: 'array',
    errors: false,
    validate: (names, data) => {
        const keys = Object.keys(data);
        return keys.length === 0 || names.includes(keys[0]);
    },
});
const validate = ajv.compile(schema);

let status = 0;
for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const document = YAML.parseDocument(text, { version: '1.1', uniqueKeys: false });
    if (document.errors.length > 0) {
        process.stdout.write(
            JSON.stringify({ file, valid: false, errors: document.errors.map((e) => `YAML: ${e.message}`) }) + '\n');
        status = 2;
        continue;
    }
    const data = wrapFragment(toData(document.contents));
    const valid = validate(data);
    const errors = valid ? [] : explain(validate.errors ?? []);
    process.stdout.write(JSON.stringify({ file, valid, errors }) + '\n');
    if (!valid && status === 0)
        status = 1;
}
process.exit(status);

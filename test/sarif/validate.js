// Validates a SARIF log against the OASIS SARIF 2.1.0 JSON schema, as
// published in Microsoft's jest-sarif package (sarif-2.1.0-rtm.5.json).
//   node validate.js <file.sarif>
// Exit 0 when valid; otherwise prints every schema error and exits 1.
"use strict";
const fs = require("fs");
const path = require("path");
// The schema is JSON Schema draft-04, which Ajv 8 validates through its
// draft-04 build.
const Ajv = require("ajv-draft-04");

const schemaPath = path.join(__dirname, "node_modules", "@microsoft",
                             "jest-sarif", "lib", "schemas",
                             "sarif-2.1.0-rtm.5.json");
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
const addFormats = require("ajv-formats");
// Strict mode would reject keywords the schema uses for documentation only;
// the schema's one pattern with a stray ']' (the "language" property) is
// valid only without the unicode flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv); // "uri", "uri-reference", "date-time" are checked too.
const validate = ajv.compile(schema);
const log = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
if (validate(log)) {
  console.log("valid SARIF 2.1.0: " + log.runs[0].results.length + " results");
  process.exit(0);
}
for (const error of validate.errors)
  console.error(error.instancePath + ": " + error.message);
process.exit(1);

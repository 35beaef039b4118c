// server-only throws outside a React Server bundle; under jest the server modules are plain Node.
module.exports = {};

// Signs Twilio webhooks for the integration tests with the twilio package's own getExpectedTwilioSignature, so the
// C# validator is checked against Twilio's code rather than against itself.
// Protocol: one JSON object {"authToken", "url", "params"} per line on stdin; one signature per line on stdout.
const readline = require("readline");
const twilio = require("twilio");

const lines = readline.createInterface({ input: process.stdin });
lines.on("line", (line) => {
  if (!line.trim()) return;
  try {
    const { authToken, url, params } = JSON.parse(line);
    process.stdout.write(twilio.getExpectedTwilioSignature(authToken, url, params) + "\n");
  } catch (e) {
    process.stdout.write("ERROR " + String(e && e.message).replace(/\n/g, " ") + "\n");
  }
});

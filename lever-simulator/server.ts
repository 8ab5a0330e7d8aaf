import { readEnvOptions } from "./src/config";
import { startSimulator } from "./src/start";

const simulator = await startSimulator(readEnvOptions());
const { url } = simulator;

console.log(`Lever simulator listening on ${url}`);
console.log(`  board (UI)        ${url}/`);
console.log(`  OAuth authorize   ${url}/oauth/authorize`);
console.log(`  OAuth token       ${url}/oauth/token`);
console.log(`  API base          ${url}/v1`);
console.log(`  audience          ${url}/v1/`);
console.log(`  admin API         ${url}/_admin (no auth, dev only)`);

const stop = () => {
  void simulator.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

// The conformance scenario with the AWS SDK for JavaScript v2 (SigV2 in the body, Connection: close): every
// operation, pagination, and a modeled error per operation. Usage: node js_scenario.js URL
'use strict';
const AWS = require('aws-sdk');

// the manifest every client of the scenario sends
const MANIFEST = require('fs').readFileSync(require('path').join(__dirname, 'manifest.yml'), 'utf8');
const JOB_ID = /^[1-9A-NP-Z]{5}$/;

const api = new AWS.ImportExport({
  endpoint: process.argv[2], region: 'us-east-1', maxRetries: 0,
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
});
const call = (operation, params) => api[operation](params).promise();

function check(condition, what) {
  if (!condition) {
    throw new Error('expected ' + what);
  }
}

async function expectError(promise, code) {
  try {
    await promise;
  } catch (error) {
    check(error.code === code, `${code}, got ${error.code}: ${error.message}`);
    check(/^[0-9a-f-]{36}$/.test(error.requestId), 'a request id from the x-amzn-RequestId header');
    return;
  }
  throw new Error(`expected ${code}, the call succeeded`);
}

const ids = [];
async function create() {
  const result = await call('createJob', { JobType: 'Import', Manifest: MANIFEST, ValidateOnly: false });
  check(JOB_ID.test(result.JobId) && result.JobType === 'Import', 'a job id');
  check(result.SignatureFileContents === `version:2.0\nsigningMethod:HmacSHA1\njobId:${result.JobId}\nsignature:${result.Signature}\n`, 'the SIGNATURE file');
  check(result.WarningMessage === '**** Device will be erased before being returned. ****', 'the erase warning');
  ids.push(result.JobId);
}

async function listAll(pageSize) {
  const listed = [];
  let marker;
  for (;;) {
    const page = await call('listJobs', marker ? { MaxJobs: pageSize, Marker: marker } : { MaxJobs: pageSize });
    page.Jobs.forEach((job) => {
      check(job.CreationDate instanceof Date && job.IsCanceled === false && job.JobType === 'Import', 'typed job members');
      listed.push([job.CreationDate.getTime(), job.JobId]);
    });
    if (!page.IsTruncated) {
      return listed;
    }
    marker = listed[listed.length - 1][1];
  }
}

const steps = [
  ['CreateJob', create],
  ['CreateJob validate only', async () => {
    const result = await call('createJob', { JobType: 'Import', Manifest: MANIFEST, ValidateOnly: true });
    check(result.JobId.endsWith('-VALIDATE-ONLY'), 'a validate-only id');
  }],
  ['CreateJob error', () => expectError(call('createJob', { JobType: 'Import', Manifest: 'INVALID MANIFEST', ValidateOnly: false }), 'MalformedManifestException')],
  ['GetStatus', async () => {
    const status = await call('getStatus', { JobId: ids[0] });
    check(status.JobId === ids[0] && status.LocationCode === 'NotReceived' && status.ProgressCode === 'Pending', 'a pending job');
    check(status.CurrentManifest === MANIFEST && status.ErrorCount === 0 && status.CreationDate instanceof Date, 'every member');
  }],
  ['GetStatus error', () => expectError(call('getStatus', { JobId: 'ZZZZZ' }), 'InvalidJobIdException')],
  ['ListJobs, paginated', async () => {
    for (let i = 0; i < 4; i += 1) {
      await create();
    }
    const listed = await listAll(2);
    check(JSON.stringify(listed.map(([, id]) => id)) === JSON.stringify([...ids].reverse()), `every job once, the latest created first: ${listed}`);
  }],
  ['ListJobs error', () => expectError(call('listJobs', { MaxJobs: 1001 }), 'InvalidParameterException')],
  ['UpdateJob', async () => {
    const result = await call('updateJob', { JobId: ids[0], JobType: 'Import', Manifest: MANIFEST.replace('49382', '50000'), ValidateOnly: false });
    check(result.Success === true, 'Success');
  }],
  ['UpdateJob error', () => expectError(call('updateJob', {
    JobId: ids[0], JobType: 'Import', Manifest: MANIFEST.replace('deviceId: 49382\n', ''), ValidateOnly: false,
  }), 'MissingManifestFieldException')],
  ['GetShippingLabel', async () => {
    const result = await call('getShippingLabel', { jobIds: ids.slice(0, 2) });
    check(result.ShippingLabelURL.endsWith(`/_emulator/labels/shipping-label-${ids[0]}-${ids[1]}.pdf`), 'the label URL');
  }],
  ['GetShippingLabel error', () => expectError(call('getShippingLabel', { jobIds: ['ZZZZZ'] }), 'InvalidJobIdException')],
  ['CancelJob', async () => {
    check((await call('cancelJob', { JobId: ids[1] })).Success === true, 'Success');
    check((await call('getStatus', { JobId: ids[1] })).ProgressCode === 'Canceled', 'Canceled');
  }],
  ['CancelJob error', () => expectError(call('cancelJob', { JobId: ids[1] }), 'CanceledJobIdException')],
];

(async () => {
  let passed = 0;
  let failed = 0;
  for (const [name, step] of steps) {
    try {
      await step();
      passed += 1;
      console.log(`PASS js-sdk-v2 ${name}`);
    } catch (error) {
      failed += 1;
      console.log(`FAIL js-sdk-v2 ${name}: ${error.message}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
})();

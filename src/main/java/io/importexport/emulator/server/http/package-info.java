/**
 * Where the emulator departs from Grizzly's and Jersey's defaults, all of it; the rest of the server only wires.
 * <ul>
 *   <li><b>Connection limits</b> ({@link io.importexport.emulator.server.http.HttpListener}): keep-alive connections
 *   carry any number of requests (Grizzly closes them after 256, and the SDKs send every call over one), an idle
 *   timeout from the options, headers up to 64 KiB, a body that stalls for 10 s given up, and 64 worker threads in a
 *   fixed pool (Grizzly's lock-free one; other sizes get a pool with one monitor every thread contends for). Why: an
 *   emulator serves slow and stalled test clients without running out of threads. Test: {@code LimitsIT}.</li>
 *   <li><b>Upgrade requests served as HTTP/1.1</b> ({@link io.importexport.emulator.server.http.IgnoreUpgradeAddOn}):
 *   Grizzly takes the body of a request with {@code Upgrade: h2c} as the new protocol's bytes and never ends it.
 *   Test: {@code HttpUpgradeIT}.</li>
 *   <li><b>A connection answered {@code Connection: close} closed soon after</b>
 *   ({@link io.importexport.emulator.server.http.ConnectionCloser}): Grizzly keeps it open to skip a body never read,
 *   holding a stalled client for the idle timeout. Test: {@code AbandonedBodyIT}.</li>
 *   <li><b>Every response sized</b> ({@link io.importexport.emulator.server.http.SizedResponses}): a
 *   {@code Content-Length} on every answer, as AWS sends, where Jersey sends a body larger than its 8 KiB buffer
 *   chunked (a ListJobs page of 100 is 14 KB). Test: {@code SizedResponsesIT}.</li>
 *   <li><b>The frameworks' own errors in the emulator's forms</b>
 *   ({@link io.importexport.emulator.server.http.FrameworkErrorMapper}): an {@code <ErrorResponse>} on the AWS API,
 *   JSON on the control plane, never Grizzly's HTML page or a stack trace. Tests: {@code FrameworkErrorMapperTest},
 *   {@code QueryProtocolIT}.</li>
 *   <li><b>Requests refused before Jersey maps errors, answered the same way</b>
 *   ({@link io.importexport.emulator.server.http.RefusedRequests}): a path, query or {@code Host} that makes no URI
 *   makes Jersey's container throw, which Grizzly answers with its HTML page, a 500 and the stack trace. Test:
 *   {@code RefusedRequestsIT} (random bytes in the request line and headers).</li>
 *   <li><b>AWS API calls served on the selector thread</b> ({@link io.importexport.emulator.server.http.InPlaceServing}),
 *   when nothing in them can wait (their body has arrived, no store on disk or database, no fault armed): handing each
 *   to a worker wakes a parked thread per request. The one departure kept only for speed: {@code python3 bench/run.py
 *   --variant} shows it buys more than 5% on CreateJob, GetStatus, the error path and the mixed workload
 *   (docs/performance.md). Tests: {@code InPlaceServingTest}, {@code InPlaceServingIT}.</li>
 * </ul>
 */
package io.importexport.emulator.server.http;

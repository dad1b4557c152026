package io.importexport.emulator.protocol.xml;

import io.importexport.emulator.protocol.xml.ListJobsResult.JobElement;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * ListJobs pages written with the {@code <member>} elements JAXB wrote before (package-info): a member changes only when
 * its job is canceled, a client lists the same jobs again and again, and writing a hundred members is most of a page's
 * cost. A member is kept by its value up to a budget of bytes, then all are dropped at once and written anew as they
 * are listed; the members a page lists that are not kept are written by JAXB in a page of their own and cut from it, so
 * every page is byte for byte the one JAXB writes whole (XmlEnvelopesPropertiesTest). One per server.
 */
public final class ListJobsMembers {
    static final int KEPT_BYTES = 512 * 1024;
    private static final byte[] JOBS_START = ("<" + ListJobsResult.JOBS + ">").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MEMBER_END = ("</" + ListJobsResult.MEMBER + ">").getBytes(StandardCharsets.US_ASCII);

    private final Map<JobElement, byte[]> kept = new ConcurrentHashMap<>();
    /** Loose under concurrent writes: never more than a member per thread over the budget. */
    private final AtomicLong keptBytes = new AtomicLong();

    /** The ListJobs envelope of {@code page}, as {@link XmlEnvelopes#toBytes} writes it. */
    public byte[] toBytes(String operation, ListJobsResult page, String requestId) {
        Object envelope = QueryResponse.of(operation, page, requestId);
        if (page.jobs().isEmpty()) {
            return XmlEnvelopes.toBytes(envelope);
        }
        return XmlEnvelopes.toBytes(envelope, QueryResponse.of(operation, page.withoutJobs(), requestId), ListJobsResult.JOBS,
                members(page.jobs()));
    }

    private List<byte[]> members(List<JobElement> members) {
        byte[][] written = new byte[members.size()][];
        List<JobElement> unseen = new ArrayList<>();
        for (int index = 0; index < written.length; index++) {
            written[index] = kept.get(members.get(index));
            if (written[index] == null) {
                unseen.add(members.get(index));
            }
        }
        if (!unseen.isEmpty()) {
            List<byte[]> cut = cut(XmlEnvelopes.toBytes(QueryResponse.of("ListJobs", new ListJobsResult(unseen, false), "")), unseen.size());
            for (int index = 0, next = 0; index < written.length; index++) {
                if (written[index] == null) {
                    written[index] = cut.get(next++);
                    keep(members.get(index), written[index]);
                }
            }
        }
        return Arrays.asList(written);
    }

    private void keep(JobElement member, byte[] written) {
        if (keptBytes.addAndGet(written.length) > KEPT_BYTES) {
            kept.clear();
            keptBytes.set(written.length);
        }
        kept.put(member, written);
    }

    /**
     * The {@code count} members of a page as written: from {@code <Jobs>} on, one ending at each {@code </member>} (a text
     * cannot hold one: its {@code <} is escaped). Any other number is refused, never taken as another page's members.
     */
    static List<byte[]> cut(byte[] page, int count) {
        int jobs = indexOf(page, JOBS_START, 0);
        int from = jobs < 0 ? page.length : jobs + JOBS_START.length;
        List<byte[]> members = new ArrayList<>(count);
        for (int end = indexOf(page, MEMBER_END, from); end >= 0; end = indexOf(page, MEMBER_END, from)) {
            members.add(Arrays.copyOfRange(page, from, end + MEMBER_END.length));
            from = end + MEMBER_END.length;
        }
        if (members.size() != count) {
            throw new IllegalStateException(members.size() + " members cut from a ListJobs page of " + count);
        }
        return members;
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        for (int at = Math.max(from, 0); at <= bytes.length - part.length; at++) {
            if (Arrays.equals(bytes, at, at + part.length, part, 0, part.length)) {
                return at;
            }
        }
        return -1;
    }
}

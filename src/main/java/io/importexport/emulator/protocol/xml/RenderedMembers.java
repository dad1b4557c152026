package io.importexport.emulator.protocol.xml;

import io.importexport.emulator.protocol.xml.ListJobsResult.JobElement;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code <member>} elements of ListJobs pages as JAXB writes them, each written once and then copied. A member
 * changes only when its job is canceled, and a client lists the same jobs again and again; writing a page of 100
 * members through JAXB took 40-46 µs in JMH, about two thirds of what the framework's ceiling spends on a whole
 * request. Kept for up to {@value #KEPT} members, then all dropped at once and written anew as they are listed: a few
 * pages' worth, whatever the number of jobs stored. The members a page lists that are not kept are written by JAXB
 * in one page of their own and cut from it, so their bytes are what JAXB writes in a page (XmlEnvelopesPropertiesTest
 * compares whole pages both ways).
 */
final class RenderedMembers {
    static final int KEPT = 4096;
    private static final byte[] JOBS_START = ascii("<" + ListJobsResult.JOBS + ">");
    private static final byte[] JOBS_END = ascii("</" + ListJobsResult.JOBS + ">");
    private static final byte[] MEMBER_END = ascii("</" + ListJobsResult.MEMBER + ">");

    private static final Map<JobElement, byte[]> RECENT = new ConcurrentHashMap<>();

    private RenderedMembers() {
    }

    /** The page's members, in its order, each as JAXB writes it; those not kept are written in one page of them. */
    static List<byte[]> of(List<JobElement> members) {
        byte[][] rendered = new byte[members.size()][];
        List<JobElement> unseen = new ArrayList<>();
        for (int index = 0; index < rendered.length; index++) {
            rendered[index] = RECENT.get(members.get(index));
            if (rendered[index] == null) {
                unseen.add(members.get(index));
            }
        }
        if (!unseen.isEmpty()) {
            Iterator<byte[]> written = render(unseen).iterator();
            if (RECENT.size() + unseen.size() > KEPT) {
                RECENT.clear();
            }
            for (int index = 0; index < rendered.length; index++) {
                if (rendered[index] == null) {
                    rendered[index] = written.next();
                    RECENT.put(members.get(index), rendered[index]);
                }
            }
        }
        return Arrays.asList(rendered);
    }

    /**
     * What JAXB writes for these members, each cut from a page of them alone: between {@code <Jobs>} and
     * {@code </Jobs>}, one member after each {@code </member>} (texts are escaped, so no tag occurs inside a text).
     */
    private static List<byte[]> render(List<JobElement> members) {
        byte[] page = XmlEnvelopes.toBytesWhole(QueryResponse.of("ListJobs", new ListJobsResult(members, false), ""));
        int end = lastIndexOf(page, JOBS_END);
        List<byte[]> written = new ArrayList<>(members.size());
        for (int from = indexOf(page, JOBS_START, 0) + JOBS_START.length; from < end; ) {
            int to = indexOf(page, MEMBER_END, from) + MEMBER_END.length;
            written.add(Arrays.copyOfRange(page, from, to));
            from = to;
        }
        if (written.size() != members.size()) {
            throw new IllegalStateException(written.size() + " members cut from a ListJobs page of " + members.size());
        }
        return written;
    }

    /** Tried only where the part's last byte is, {@code >} for every tag: one comparison for most bytes. */
    private static int indexOf(byte[] bytes, byte[] part, int from) {
        int last = part.length - 1;
        for (int at = from + last; at < bytes.length; at++) {
            if (bytes[at] == part[last] && startsAt(bytes, at - last, part)) {
                return at - last;
            }
        }
        throw notFound(part);
    }

    /** From the end: {@code </Jobs>} is near it, a page's members before it. */
    private static int lastIndexOf(byte[] bytes, byte[] part) {
        for (int at = bytes.length - part.length; at >= 0; at--) {
            if (startsAt(bytes, at, part)) {
                return at;
            }
        }
        throw notFound(part);
    }

    private static boolean startsAt(byte[] bytes, int at, byte[] part) {
        for (int index = 0; index < part.length; index++) {
            if (bytes[at + index] != part[index]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String tag) {
        return tag.getBytes(StandardCharsets.US_ASCII);
    }

    private static IllegalStateException notFound(byte[] part) {
        return new IllegalStateException("no " + new String(part, StandardCharsets.US_ASCII) + " in a ListJobs page");
    }
}

package io.importexport.emulator.store;

import io.importexport.emulator.domain.job.Job;
import io.importexport.emulator.domain.job.JobState;
import io.importexport.emulator.domain.job.JobStore;
import io.importexport.emulator.domain.job.JobStore.Insertion;
import io.importexport.emulator.domain.job.LocationCode;
import io.importexport.emulator.domain.job.ProgressCode;
import io.importexport.emulator.domain.job.ShippingLabel;
import io.importexport.emulator.domain.location.Facility;
import io.importexport.emulator.testing.Jobs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** What every job store does, whatever keeps the jobs: memory, the embedded database, PostgreSQL. */
public abstract class JobStoreContract {
    private static final Instant DAY = Instant.parse("2026-01-02T00:00:00Z");

    protected JobStore store;

    /** A fresh, empty store. */
    protected abstract JobStore newStore();

    @BeforeEach
    void open() {
        store = newStore();
        store.clear();
    }

    private static Job job(String id, String account, long secondsIntoTheDay) {
        return Jobs.job(id, account, DAY.plusSeconds(secondsIntoTheDay));
    }

    @Test
    void storesAJobOnceUnderItsIdAndReadsItBackWhole() {
        Job job = job("AAAAA", "acct", 10);
        Job returned = job.withState(new JobState(LocationCode.Returned, ProgressCode.SuccessWithErrors, DAY.plusSeconds(99), 3, "UPS",
                "1Z9990000101234567"));
        assertThat(store.insert(returned, 0, DAY)).isEqualTo(Insertion.INSERTED);
        assertThat(store.insert(job("AAAAA", "other", 20), 0, DAY)).isEqualTo(Insertion.ID_TAKEN);
        assertThat(store.find("AAAAA")).contains(returned);
        assertThat(store.find("BBBBB")).isEmpty();
    }

    @Test
    void replaceIsACompareAndSet() {
        Job job = job("AAAAA", "acct", 10);
        store.insert(job, 0, DAY);
        Job moved = job.withState(job.state().moveTo(LocationCode.AtAWS, ProgressCode.Pending, DAY.plusSeconds(20)));
        assertThat(store.replace(job, moved)).as("stored with the next revision").contains(moved.withRevision(1));
        assertThat(store.replace(job, job)).as("a stale revision loses").isEmpty();
        assertThat(store.find("AAAAA")).contains(moved.withRevision(1));
        assertThat(store.find("AAAAA").orElseThrow().history()).as("the state it left").containsExactly(job.state());
        assertThat(store.replace(moved.withRevision(1), job)).contains(job.withRevision(2));
        assertThat(store.replace(job("ZZZZZ", "acct", 1), job)).as("no such job").isEmpty();
    }

    @Test
    void keepsShippingLabelsUntilCleared() {
        ShippingLabel label = new ShippingLabel("shipping-label-AAAAA.pdf", List.of("AAAAA"), Facility.US,
                Jobs.job("AAAAA", "acct", DAY).details().returnAddress(), DAY);
        assertThat(store.addLabel(label)).isTrue();
        assertThat(store.addLabel(new ShippingLabel(label.name(), List.of("BBBBB"), Facility.US, label.sender(), DAY)))
                .as("a label, once made, never changes").isFalse();
        assertThat(store.findLabel(label.name())).contains(label);
        assertThat(store.findLabel("shipping-label-BBBBB.pdf")).isEmpty();
        ShippingLabel both = new ShippingLabel("shipping-label-CCCCC-AAAAA.pdf", List.of("CCCCC", "AAAAA"), Facility.US,
                label.sender(), DAY.plusSeconds(1));
        assertThat(store.addLabel(both)).isTrue();
        assertThat(store.labelsFor("AAAAA")).containsExactly(label, both);
        assertThat(store.labelsFor("CCCCC")).containsExactly(both);
        assertThat(store.labelsFor("AAAA")).as("a part of an id is not the id").isEmpty();
        store.clear();
        assertThat(store.findLabel(label.name())).isEmpty();
    }

    @Test
    void pagesNewestFirstThenLatestCreatedFromTheMarkerKeepingOnlyVisibleJobs() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // Three jobs a second, ids in no order, so that only the creation order can tell apart jobs of one second.
            String id = "J" + Integer.toString((i * 7919) % 30 + 100, 36).toUpperCase() + "X" + i;
            created.add(0, id);
            store.insert(job(id, "acct", i / 3), 0, DAY);
        }
        store.insert(job("OTHER", "other", 100), 0, DAY);
        List<Job> all = store.page("acct", null, 100, job -> true);
        assertThat(all).extracting(Job::id).containsExactlyElementsOf(created);
        assertThat(store.all()).extracting(Job::id).as("every account, the same order").startsWith("OTHER").containsSubsequence(created);
        List<Job> second = store.page("acct", all.get(9).id(), 10, job -> true);
        assertThat(second).isEqualTo(all.subList(10, 20));
        List<Job> visible = store.page("acct", null, 5, job -> !job.id().endsWith("1"));
        assertThat(visible).hasSize(5).noneMatch(job -> job.id().endsWith("1"));
        assertThat(store.page("acct", "OTHER", 10, job -> true)).as("a marker of another account").isEmpty();
        assertThat(store.page("acct", null, 0, job -> true)).isEmpty();
    }

    @Test
    void anEarlierCreationDateSortsLaterWhateverTheCreationOrder() {
        store.insert(job("LATER", "acct", 50), 0, DAY);
        store.insert(job("EARLIER", "acct", 40), 0, DAY);
        store.insert(job("SAMESECOND", "acct", 50), 0, DAY);
        assertThat(store.page("acct", null, 10, job -> true)).extracting(Job::id).containsExactly("SAMESECOND", "LATER", "EARLIER");
        assertThat(store.page("acct", "LATER", 10, job -> true)).extracting(Job::id).containsExactly("EARLIER");
    }

    @Test
    void theDailyQuotaCountsPerAccountAndDay() {
        store.insert(Jobs.job("YYYYY", "acct", DAY.minusSeconds(1)), 0, DAY);
        assertThat(store.insert(job("AAAAA", "acct", 1), 2, DAY)).isEqualTo(Insertion.INSERTED);
        assertThat(store.insert(job("BBBBB", "acct", 2), 2, DAY)).isEqualTo(Insertion.INSERTED);
        assertThat(store.insert(job("CCCCC", "acct", 3), 2, DAY)).isEqualTo(Insertion.QUOTA_EXCEEDED);
        assertThat(store.insert(job("DDDDD", "other", 3), 2, DAY)).isEqualTo(Insertion.INSERTED);
        assertThat(store.find("CCCCC")).isEmpty();
    }

    @Test
    void concurrentCreatesNeverOvershootTheQuota() throws Exception {
        int quota = 25;
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<Insertion>> results = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            results.add(threads.submit(() -> store.insert(job(String.format("Q%04d", next.incrementAndGet()).replace('0', 'Z'), "acct", 5),
                    quota, DAY)));
        }
        int inserted = 0;
        for (Future<Insertion> result : results) {
            inserted += result.get() == Insertion.INSERTED ? 1 : 0;
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(inserted).isEqualTo(quota);
        assertThat(store.page("acct", null, 1000, job -> true)).hasSize(quota);
    }

    @Test
    void concurrentCreatesEachLearnWhetherTheirOwnJobWentIn() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(16);
        Map<Job, Future<Insertion>> results = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            Job job = job("C" + (i % 150), "account" + i, 5); // 50 ids asked for twice, by different accounts
            results.put(job, threads.submit(() -> store.insert(job, 0, DAY)));
        }
        Map<String, String> winners = new HashMap<>();
        for (Map.Entry<Job, Future<Insertion>> result : results.entrySet()) {
            if (result.getValue().get() == Insertion.INSERTED) {
                assertThat(winners.put(result.getKey().id(), result.getKey().accountId())).isNull();
            } else {
                assertThat(result.getValue().get()).isEqualTo(Insertion.ID_TAKEN);
            }
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(winners).hasSize(150);
        assertThat(store.all()).hasSize(150).allSatisfy(job -> assertThat(job.accountId()).isEqualTo(winners.get(job.id())));
    }

    @Test
    void forgetsOneAccountOrEverything() {
        store.insert(job("AAAAA", "acct", 1), 0, DAY);
        store.insert(job("BBBBB", "other", 1), 0, DAY);
        assertThat(store.all()).extracting(Job::id).containsExactlyInAnyOrder("AAAAA", "BBBBB");
        store.clear("acct");
        assertThat(store.all()).extracting(Job::id).containsExactly("BBBBB");
        store.clear();
        assertThat(store.all()).isEmpty();
        assertThat(store.find("BBBBB")).isEmpty();
    }
}

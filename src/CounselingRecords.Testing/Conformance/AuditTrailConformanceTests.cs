using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Clocks;
using CounselingRecords.Testing.Identity;
using NodaTime;
using Xunit;

namespace CounselingRecords.Testing.Conformance;

/// <summary>
/// The audit-trail contract of <see cref="IAuditTrail"/> (R7.15): entries are chained exactly as
/// <see cref="AuditChain"/> defines (so a chain written by one adapter verifies in another), read back in order,
/// stay linear under concurrent writers, and every tampering with the stored chain (a deleted, altered or
/// reordered entry, a cut tail) is reported at the first broken link. Subclass once per adapter and implement
/// <see cref="TamperAsync"/> as an attacker with direct access to the store would.
/// </summary>
public abstract class AuditTrailConformanceTests
{
    /// <summary>Gets how many sessions append at once in the concurrency test.</summary>
    protected virtual int ConcurrentWriters => 8;

    /// <summary>Creates a fresh, empty store.</summary>
    /// <returns>The store.</returns>
    protected abstract Task<IConformanceStore> CreateStoreAsync();

    /// <summary>Changes the stored chain behind the adapter's back.</summary>
    /// <param name="store">The store.</param>
    /// <param name="tampering">What to change.</param>
    /// <returns>A task.</returns>
    protected abstract Task TamperAsync(IConformanceStore store, AuditTampering tampering);

    /// <summary>Appended entries come back in order, chained exactly as <see cref="AuditChain.Link"/> chains them.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task AppendAsync_Entries_AreChainedAsTheCoreChainDefines()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();
        var entries = Enumerable.Range(1, 5).Select(Entry).ToList();
        foreach (var entry in entries)
        {
            await session.AuditTrail.AppendAsync(entry);
        }

        var chain = await ReadAllAsync(session.AuditTrail);

        ChainedAuditEntry? previous = null;
        var expected = entries.Select(e => previous = AuditChain.Link(previous, e)).ToList();
        Assert.Equal(expected, chain);
        var verification = await session.AuditTrail.VerifyChainAsync();
        Assert.True(verification.IsIntact);
        Assert.Equal(5, verification.EntriesChecked);
        Assert.Equal(expected[^1].Hash, verification.HeadHash);
    }

    /// <summary>Reading from a sequence number returns that entry and the ones after it.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task ReadAsync_FromSequence_ReturnsTheRest()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();
        foreach (var entry in Enumerable.Range(1, 6).Select(Entry))
        {
            await session.AuditTrail.AppendAsync(entry);
        }

        var rest = new List<long>();
        await foreach (var entry in session.AuditTrail.ReadAsync(4))
        {
            rest.Add(entry.Sequence);
        }

        Assert.Equal(new long[] { 4, 5, 6 }, rest);
    }

    /// <summary>An empty trail verifies as intact with the genesis hash as its head.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task VerifyChainAsync_EmptyTrail_IsIntact()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();

        var verification = await session.AuditTrail.VerifyChainAsync();

        Assert.True(verification.IsIntact);
        Assert.Equal(0, verification.EntriesChecked);
        Assert.Equal(AuditChain.GenesisHash, verification.HeadHash);
    }

    /// <summary>A deleted entry is reported as missing at its sequence number.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task VerifyChainAsync_EntryDeleted_ReportsTheMissingEntry()
    {
        var verification = await VerifyAfterAsync(new AuditTampering(AuditTamperingKind.DeleteEntry, 3));

        Assert.Equal(AuditChainProblem.MissingEntry, verification.Problem);
        Assert.Equal(3, verification.FirstBrokenSequence);
        Assert.Equal(2, verification.EntriesChecked);
    }

    /// <summary>An altered entry is reported as altered at its sequence number.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task VerifyChainAsync_EntryAltered_ReportsTheAlteredEntry()
    {
        var verification = await VerifyAfterAsync(new AuditTampering(AuditTamperingKind.AlterReason, 4));

        Assert.Equal(AuditChainProblem.AlteredEntry, verification.Problem);
        Assert.Equal(4, verification.FirstBrokenSequence);
    }

    /// <summary>Two swapped entries are reported as a broken link at the first of them.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task VerifyChainAsync_EntriesSwapped_ReportsABrokenLink()
    {
        var verification = await VerifyAfterAsync(new AuditTampering(AuditTamperingKind.SwapEntries, 2, 3));

        Assert.Equal(AuditChainProblem.BrokenLink, verification.Problem);
        Assert.Equal(2, verification.FirstBrokenSequence);
    }

    /// <summary>Entries cut from the end are reported against the head hash recorded before.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task VerifyAsync_TailRemoved_ReportsTheTruncationAgainstTheRecordedHead()
    {
        await using var store = await CreateStoreAsync();
        string head;
        await using (var session = store.OpenSession())
        {
            await AppendFiveAsync(session.AuditTrail);
            head = (await session.AuditTrail.VerifyChainAsync()).HeadHash;
        }

        await TamperAsync(store, new AuditTampering(AuditTamperingKind.RemoveLast, 0, 2));

        await using var check = store.OpenSession();
        var verification = await AuditChain.VerifyAsync(check.AuditTrail.ReadAsync(), head);
        Assert.Equal(AuditChainProblem.TruncatedTail, verification.Problem);
        Assert.Equal(4, verification.FirstBrokenSequence);
        Assert.True((await check.AuditTrail.VerifyChainAsync()).IsIntact, "Without the recorded head a cut tail cannot be seen; the rest of the chain is intact.");
    }

    /// <summary>Sessions appending at once produce one linear, intact chain holding every entry.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task AppendAsync_ConcurrentSessions_KeepOneIntactChain()
    {
        await using var store = await CreateStoreAsync();
        const int perWriter = 10;
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = Enumerable.Range(0, ConcurrentWriters).Select(w => Task.Run(async () =>
        {
            await start.Task;
            await using var session = store.OpenSession();
            for (var i = 1; i <= perWriter; i++)
            {
                await session.AuditTrail.AppendAsync(Entry((w * perWriter) + i));
            }
        })).ToList();
        start.SetResult();
        await Task.WhenAll(writers);

        await using var check = store.OpenSession();
        var chain = await ReadAllAsync(check.AuditTrail);
        Assert.Equal(Enumerable.Range(1, ConcurrentWriters * perWriter).Select(i => (long)i), chain.Select(c => c.Sequence));
        Assert.Equal(chain.Count, chain.Select(c => c.Entry.Id).Distinct().Count());
        Assert.True((await check.AuditTrail.VerifyChainAsync()).IsIntact);
    }

    /// <summary>Creates the <paramref name="number"/>-th test entry (distinct ids, times and records).</summary>
    /// <param name="number">A number from 1.</param>
    /// <returns>The entry.</returns>
    protected static AuditEntry Entry(int number) =>
        new(
            TestIds.Numbered<AuditEntryId>(number),
            TestClock.DefaultStart + Duration.FromSeconds(number),
            TestActors.Clinician.UserId,
            Role.Clinician,
            number % 2 == 0 ? AuditAction.Read : AuditAction.Update,
            number % 5 == 0 ? AuditCategory.PsychotherapyNote : AuditCategory.Clinical,
            RecordReference.For("SessionNote", TestIds.Numbered<NoteId>(number)),
            TestIds.Numbered<ClientId>((number % 3) + 1),
            AuditOutcome.Succeeded,
            "R7.15",
            number % 4 == 0 ? "treating clinician" : null,
            "workstation-" + number);

    private static async Task<List<ChainedAuditEntry>> ReadAllAsync(IAuditTrail trail)
    {
        var chain = new List<ChainedAuditEntry>();
        await foreach (var entry in trail.ReadAsync())
        {
            chain.Add(entry);
        }

        return chain;
    }

    private static async Task AppendFiveAsync(IAuditTrail trail)
    {
        foreach (var entry in Enumerable.Range(1, 5).Select(Entry))
        {
            await trail.AppendAsync(entry);
        }
    }

    private async Task<AuditChainVerification> VerifyAfterAsync(AuditTampering tampering)
    {
        await using var store = await CreateStoreAsync();
        await using (var session = store.OpenSession())
        {
            await AppendFiveAsync(session.AuditTrail);
            Assert.True((await session.AuditTrail.VerifyChainAsync()).IsIntact);
        }

        await TamperAsync(store, tampering);
        await using var check = store.OpenSession();
        var verification = await check.AuditTrail.VerifyChainAsync();
        Assert.False(verification.IsIntact, $"{tampering.Kind} was not detected.");
        return verification;
    }
}

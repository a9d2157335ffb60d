using System.Collections.Immutable;
using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Auditing;
using CounselingRecords.Testing.Identity;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CounselingRecords.Core.Tests.Auditing;

public sealed class AuditChainTests
{
    [Fact]
    public async Task Verify_IntactChain_IsIntact()
    {
        var sink = await WriteAsync(5);

        var result = await sink.VerifyChainAsync();

        Assert.True(result.IsIntact);
        Assert.Equal(5, result.EntriesChecked);
        Assert.Equal(sink.Chain[^1].Hash, result.HeadHash);
        Assert.Equal(AuditChain.GenesisHash, sink.Chain[0].PreviousHash);
    }

    [Fact]
    public void Verify_EmptyChain_IsIntactAtGenesis()
    {
        var result = AuditChain.Verify([]);

        Assert.True(result.IsIntact);
        Assert.Equal(AuditChain.GenesisHash, result.HeadHash);
    }

    [Fact]
    public async Task Verify_AlteredEntry_ReportsItsSequence()
    {
        var sink = await WriteAsync(5);
        sink.TamperWith(chain => chain.SetItem(2, Replace(chain[2], Entry(99, AuditAction.Delete))));

        var result = await sink.VerifyChainAsync();

        Assert.Equal(AuditChainProblem.AlteredEntry, result.Problem);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal(2, result.EntriesChecked);
    }

    [Fact]
    public async Task Verify_DeletedEntry_ReportsTheMissingSequence()
    {
        var sink = await WriteAsync(5);
        sink.TamperWith(chain => chain.RemoveAt(1));

        var result = await sink.VerifyChainAsync();

        Assert.Equal(AuditChainProblem.MissingEntry, result.Problem);
        Assert.Equal(2, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_DeletedAndRenumbered_ReportsBrokenLink()
    {
        var sink = await WriteAsync(5);
        sink.TamperWith(chain =>
        {
            var list = chain.RemoveAt(1);
            return list.Select((e, i) => new ChainedAuditEntry(i + 1, e.Entry, e.PreviousHash, e.Hash)).ToImmutableList();
        });

        var result = await sink.VerifyChainAsync();

        Assert.Equal(AuditChainProblem.BrokenLink, result.Problem);
        Assert.Equal(2, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_SwappedEntries_ReportsTheFirstDisplacedPosition()
    {
        var sink = await WriteAsync(5);
        sink.TamperWith(chain => chain.SetItem(1, chain[2]).SetItem(2, chain[1]));

        var result = await sink.VerifyChainAsync();

        Assert.False(result.IsIntact);
        Assert.Equal(2, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_SwappedContentsKeepingSequenceNumbers_ReportsBrokenLink()
    {
        var sink = await WriteAsync(5);
        sink.TamperWith(chain => chain
            .SetItem(1, new ChainedAuditEntry(2, chain[2].Entry, chain[2].PreviousHash, chain[2].Hash))
            .SetItem(2, new ChainedAuditEntry(3, chain[1].Entry, chain[1].PreviousHash, chain[1].Hash)));

        var result = await sink.VerifyChainAsync();

        Assert.Equal(AuditChainProblem.BrokenLink, result.Problem);
        Assert.Equal(2, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_DuplicatedEntry_ReportsOutOfOrder()
    {
        var sink = await WriteAsync(3);
        sink.TamperWith(chain => chain.Insert(2, chain[1]));

        var result = await sink.VerifyChainAsync();

        Assert.Equal(AuditChainProblem.OutOfOrder, result.Problem);
        Assert.Equal(3, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_TruncatedTail_IsFoundWithTheRecordedHead()
    {
        var sink = await WriteAsync(5);
        var head = (await sink.VerifyChainAsync()).HeadHash;
        sink.TamperWith(chain => chain.RemoveAt(4));

        Assert.True((await sink.VerifyChainAsync()).IsIntact);
        var result = AuditChain.Verify(sink.Chain, head);
        Assert.Equal(AuditChainProblem.TruncatedTail, result.Problem);
        Assert.Equal(5, result.FirstBrokenSequence);
    }

    [Property(MaxTest = 100)]
    public bool Verify_AnySingleFieldChange_IsDetected(PositiveInt length, NonNegativeInt position, NonNegativeInt field)
    {
        var count = (length.Get % 8) + 1;
        var chain = new List<ChainedAuditEntry>();
        for (var i = 0; i < count; i++)
        {
            chain.Add(AuditChain.Link(chain.Count == 0 ? null : chain[^1], Entry(i + 1, AuditAction.Read)));
        }

        var index = position.Get % count;
        var original = chain[index].Entry;
        var changed = Mutate(original, field.Get % 8);
        chain[index] = Replace(chain[index], changed);
        var result = AuditChain.Verify(chain);
        return !result.IsIntact && result.FirstBrokenSequence == index + 1;
    }

    [Fact]
    public void ComputeHash_IsStableForTheSameEntry()
    {
        var entry = Entry(1, AuditAction.Sign);

        Assert.Equal(AuditChain.ComputeHash(AuditChain.GenesisHash, 1, entry), AuditChain.ComputeHash(AuditChain.GenesisHash, 1, entry));
        Assert.NotEqual(AuditChain.ComputeHash(AuditChain.GenesisHash, 1, entry), AuditChain.ComputeHash(AuditChain.GenesisHash, 2, entry));
        Assert.Matches("^[0-9a-f]{64}$", AuditChain.ComputeHash(AuditChain.GenesisHash, 1, entry));
    }

    private static ChainedAuditEntry Replace(ChainedAuditEntry original, AuditEntry entry) =>
        new(original.Sequence, entry, original.PreviousHash, original.Hash);

    private static AuditEntry Mutate(AuditEntry e, int field) => field switch
    {
        0 => new AuditEntry(e.Id, e.OccurredAt + Duration.FromSeconds(1), e.ActorUserId, e.ActorRoles, e.Action, e.Category, e.Record, e.ClientId, e.Outcome, e.RuleId, e.Reason, e.Source),
        1 => new AuditEntry(e.Id, e.OccurredAt, TestIds.Numbered<UserId>(77), e.ActorRoles, e.Action, e.Category, e.Record, e.ClientId, e.Outcome, e.RuleId, e.Reason, e.Source),
        2 => new AuditEntry(e.Id, e.OccurredAt, e.ActorUserId, e.ActorRoles | Role.PracticeAdmin, e.Action, e.Category, e.Record, e.ClientId, e.Outcome, e.RuleId, e.Reason, e.Source),
        3 => new AuditEntry(e.Id, e.OccurredAt, e.ActorUserId, e.ActorRoles, AuditAction.Export, e.Category, e.Record, e.ClientId, e.Outcome, e.RuleId, e.Reason, e.Source),
        4 => new AuditEntry(e.Id, e.OccurredAt, e.ActorUserId, e.ActorRoles, e.Action, AuditCategory.PsychotherapyNote, e.Record, e.ClientId, e.Outcome, e.RuleId, e.Reason, e.Source),
        5 => new AuditEntry(e.Id, e.OccurredAt, e.ActorUserId, e.ActorRoles, e.Action, e.Category, e.Record with { RecordId = "note_x" }, e.ClientId, e.Outcome, e.RuleId, e.Reason, e.Source),
        6 => new AuditEntry(e.Id, e.OccurredAt, e.ActorUserId, e.ActorRoles, e.Action, e.Category, e.Record, null, AuditOutcome.Denied, e.RuleId, e.Reason, e.Source),
        _ => new AuditEntry(e.Id, e.OccurredAt, e.ActorUserId, e.ActorRoles, e.Action, e.Category, e.Record, e.ClientId, e.Outcome, e.RuleId, e.Reason, "elsewhere"),
    };

    private static AuditEntry Entry(int n, AuditAction action) => new(
        TestIds.Numbered<AuditEntryId>(n),
        Instant.FromUtc(2026, 1, 5, 14, 0) + Duration.FromMinutes(n),
        TestActors.Clinician.UserId,
        TestActors.Clinician.Roles,
        action,
        AuditCategory.Clinical,
        RecordReference.For("SessionNote", TestIds.Numbered<NoteId>(n)),
        TestIds.Numbered<ClientId>(1),
        AuditOutcome.Succeeded,
        "access.treating-clinician");

    private static async Task<RecordingAuditSink> WriteAsync(int count)
    {
        var sink = new RecordingAuditSink();
        for (var i = 1; i <= count; i++)
        {
            await sink.AppendAsync(Entry(i, AuditAction.Read));
        }

        return sink;
    }
}

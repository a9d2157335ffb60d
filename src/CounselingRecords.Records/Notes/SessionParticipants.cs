using System.Collections.Immutable;
using CounselingRecords.Privacy;

namespace CounselingRecords.Records.Notes;

/// <summary>
/// Who attended: whether the client was present (R1.5, R1.12), the other participants, and for a group the
/// number of participants the record must document (R1.13).
/// </summary>
[ProtectedHealthInformation]
public sealed class SessionParticipants
{
    /// <summary>Initializes a new instance of the <see cref="SessionParticipants"/> class.</summary>
    /// <param name="clientPresent">Whether the client was present.</param>
    /// <param name="others">The other participants.</param>
    /// <param name="groupParticipantCount">For a group session, the number of participants; otherwise <see langword="null"/>.</param>
    public SessionParticipants(bool clientPresent, ImmutableArray<SessionParticipant> others, int? groupParticipantCount)
    {
        ClientPresent = clientPresent;
        Others = others.IsDefault ? ImmutableArray<SessionParticipant>.Empty : others;
        GroupParticipantCount = groupParticipantCount;
    }

    /// <summary>Gets the participants of an individual session with only the client.</summary>
    public static SessionParticipants ClientOnly { get; } = new(true, ImmutableArray<SessionParticipant>.Empty, null);

    /// <summary>Gets a value indicating whether the client was present.</summary>
    public bool ClientPresent { get; }

    /// <summary>Gets the other participants.</summary>
    public ImmutableArray<SessionParticipant> Others { get; }

    /// <summary>Gets the number of group participants, for a group session.</summary>
    public int? GroupParticipantCount { get; }

    /// <summary>Returns how many family members or guardians took part.</summary>
    /// <returns>The count.</returns>
    public int FamilyMemberCount() => Others.Count(o => o is { Kind: ParticipantKind.FamilyMember or ParticipantKind.LegalGuardian });

    /// <summary>Returns whether an interpreter took part.</summary>
    /// <returns><see langword="true"/> when one did.</returns>
    public bool InterpreterPresent() => Others.Any(o => o is { Kind: ParticipantKind.Interpreter });

    /// <inheritdoc />
    public override string ToString() => $"SessionParticipants (client {(ClientPresent ? "present" : "absent")}, {Others.Length} others)";
}

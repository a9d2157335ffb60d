using CounselingRecords.Privacy;

namespace CounselingRecords.Records.Notes;

/// <summary>A person other than the client who took part in a session.</summary>
[ProtectedHealthInformation]
public sealed class SessionParticipant
{
    /// <summary>Initializes a new instance of the <see cref="SessionParticipant"/> class.</summary>
    /// <param name="kind">Who they are.</param>
    /// <param name="relationship">Their relationship to the client, for example <c>mother</c>, if given.</param>
    public SessionParticipant(ParticipantKind kind, string? relationship)
    {
        Kind = kind;
        Relationship = relationship;
    }

    /// <summary>Gets who they are.</summary>
    public ParticipantKind Kind { get; }

    /// <summary>Gets their relationship to the client.</summary>
    public string? Relationship { get; }

    /// <inheritdoc />
    public override string ToString() => $"SessionParticipant ({Kind})";
}

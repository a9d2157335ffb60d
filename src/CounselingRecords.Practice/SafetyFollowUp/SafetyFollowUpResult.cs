using CounselingRecords.Practice.Tasks;
using CounselingRecords.Records.Clients;

namespace CounselingRecords.Practice.SafetyFollowUp;

/// <summary>The outcome of following up a scored screen (R8.2).</summary>
/// <param name="Client">The client to save (with the safety flag when the screen was positive; unchanged otherwise).</param>
/// <param name="Task">The same-day <see cref="PracticeTaskKind.SafetyFollowUp"/> task opened, or <see langword="null"/> when the screen was negative or a task for it is already open.</param>
/// <param name="Positive">Whether the screen raised the safety flag.</param>
/// <param name="FlagRaised">Whether a new flag was added to the client (false when the kind was already active).</param>
/// <param name="RuleId">The rule, <c>R8.2</c>.</param>
/// <param name="Explanation">A sentence for people (ids and rule only, no answers).</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record SafetyFollowUpResult(Client Client, PracticeTask? Task, bool Positive, bool FlagRaised, string RuleId, string Explanation)
{
    /// <inheritdoc />
    public override string ToString() => $"SafetyFollowUpResult (client {Client.Id}, positive {Positive}, task {Task?.Id.ToString() ?? "none"})";
}

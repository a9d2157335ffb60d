using System.Collections.Immutable;
using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Clinical;
using CounselingRecords.TreatmentPlans.Instruments;
using NodaTime;

namespace CounselingRecords.Practice.SafetyFollowUp;

/// <summary>What following up a scored screen needs (R8.2).</summary>
/// <param name="Client">The client who answered the screen.</param>
/// <param name="Score">The scored instrument (for example a PHQ-9); its <see cref="InstrumentScore.SafetyFlag"/> decides.</param>
/// <param name="Source">The record holding the screen (for example the plan measurement or the questionnaire), the task's subject and the flag's source.</param>
/// <param name="AssignTo">The clinician who does the same-day risk assessment.</param>
/// <param name="OpenTasks">The open practice tasks of the client (so a screen already followed up gets no second task).</param>
/// <param name="Actor">Who records it.</param>
/// <param name="At">When the screen is processed: the task's creation instant and the flag's raising instant.</param>
/// <param name="Zone">The practice's time zone: the task is due at the end of that day.</param>
/// <param name="FlagKind">The safety flag raised on the client; PHQ-9 item 9 asks about suicidal thoughts, so <see cref="SafetyFlagKind.SuicideRisk"/> by default.</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record SafetyFollowUpInput(
    Client Client,
    InstrumentScore Score,
    RecordReference Source,
    ClinicianId AssignTo,
    ImmutableArray<PracticeTask> OpenTasks,
    Actor Actor,
    Instant At,
    DateTimeZone Zone,
    SafetyFlagKind FlagKind = SafetyFlagKind.SuicideRisk)
{
    /// <inheritdoc />
    public override string ToString() => $"SafetyFollowUpInput (client {Client?.Id}, {Source})";
}

using NodaTime;

namespace CounselingRecords.Records.Amendments;

/// <summary>The outcome of checking an addendum or late entry against a late-entry window, explained (R7.7).</summary>
/// <param name="DateOfService">The date of service.</param>
/// <param name="WrittenOn">The date the entry is written.</param>
/// <param name="DayNumber">Calendar days from the date of service to the written date (the date of service is day 0).</param>
/// <param name="LastDay">The last date inside the window.</param>
/// <param name="WithinWindow">Whether the entry is written on or before <paramref name="LastDay"/>.</param>
/// <param name="FlagCode">The stable code when outside the window (<see cref="RecordsErrorCodes.LateEntryWindowClosed"/>), otherwise <see langword="null"/>.</param>
/// <param name="RuleId">The rule, <c>R7.7</c>.</param>
/// <param name="Explanation">A sentence for people.</param>
public sealed record LateEntryWindowCheck(
    LocalDate DateOfService,
    LocalDate WrittenOn,
    int DayNumber,
    LocalDate LastDay,
    bool WithinWindow,
    string? FlagCode,
    string RuleId,
    string Explanation);

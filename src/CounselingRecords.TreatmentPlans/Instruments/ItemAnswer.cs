namespace CounselingRecords.TreatmentPlans.Instruments;

/// <summary>One answered item of a questionnaire. An unanswered item is simply absent.</summary>
/// <param name="ItemNumber">The item number, from 1.</param>
/// <param name="Value">The answer, for example 0–3 on the PHQ-9.</param>
public readonly record struct ItemAnswer(int ItemNumber, int Value);

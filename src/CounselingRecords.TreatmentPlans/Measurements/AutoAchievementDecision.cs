using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Progress;

namespace CounselingRecords.TreatmentPlans.Measurements;

/// <summary>
/// What a recorded measurement did to one objective with an automatic-achievement rule, and why: the rule, the
/// outcome, a sentence, and the progress evaluation when there was one.
/// </summary>
[ProtectedHealthInformation]
public sealed record AutoAchievementDecision
{
    /// <summary>Initializes a new instance of the <see cref="AutoAchievementDecision"/> class.</summary>
    /// <param name="objective">The objective.</param>
    /// <param name="rule">Its automatic-achievement rule.</param>
    /// <param name="outcome">What happened.</param>
    /// <param name="reason">Why, for people.</param>
    /// <param name="evaluation">The progress evaluation, when there was one.</param>
    public AutoAchievementDecision(ObjectiveId objective, AutoAchieveRule rule, AutoAchievementOutcome outcome, string reason, ProgressEvaluation? evaluation)
    {
        Objective = Internal.NotEmpty(objective, nameof(objective));
        Rule = Internal.Defined(rule, nameof(rule));
        Outcome = Internal.Defined(outcome, nameof(outcome));
        Reason = Internal.Required(reason, nameof(reason));
        Evaluation = evaluation;
    }

    /// <summary>Gets the objective.</summary>
    public ObjectiveId Objective { get; }

    /// <summary>Gets its automatic-achievement rule.</summary>
    public AutoAchieveRule Rule { get; }

    /// <summary>Gets what happened.</summary>
    public AutoAchievementOutcome Outcome { get; }

    /// <summary>Gets why.</summary>
    public string Reason { get; }

    /// <summary>Gets the progress evaluation, when there was one.</summary>
    public ProgressEvaluation? Evaluation { get; }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"AutoAchievementDecision {Objective} {Outcome}");
}

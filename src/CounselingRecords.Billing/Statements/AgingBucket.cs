namespace CounselingRecords.Billing.Statements;

/// <summary>The aging buckets of R6.5; lower bounds inclusive from 0, upper bounds inclusive (30 is in 0–30, 31 in 31–60).</summary>
public enum AgingBucket
{
    /// <summary>0–30 days.</summary>
    Days0To30,

    /// <summary>31–60 days.</summary>
    Days31To60,

    /// <summary>61–90 days.</summary>
    Days61To90,

    /// <summary>91–120 days.</summary>
    Days91To120,

    /// <summary>More than 120 days.</summary>
    Over120Days,
}

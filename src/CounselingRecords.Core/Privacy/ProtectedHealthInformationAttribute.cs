namespace CounselingRecords.Privacy;

/// <summary>
/// Marks a type whose instances hold protected health information (clinical content, demographics). Such a
/// type overrides <see cref="object.ToString"/> to print ids only, and exception messages about it name ids,
/// never content. A convention test enforces the override.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class ProtectedHealthInformationAttribute : Attribute
{
}

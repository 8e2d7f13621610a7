package kg

import "slices"

// Entity types of the manufacturing ontology.
const (
	Product     = "Product"
	Assembly    = "Assembly"
	Part        = "Part"
	Material    = "Material"
	Process     = "Process"
	Equipment   = "Equipment"
	Tool        = "Tool"
	Parameter   = "Parameter"
	FailureMode = "FailureMode"
	Cause       = "Cause"
	Symptom     = "Symptom"
	Action      = "Action"
	Standard    = "Standard"
	Supplier    = "Supplier"
	Effect      = "Effect"
	Control     = "Control"
	WorkOrder   = "WorkOrder"
)

// Relation types.
const (
	HasPart        = "HAS_PART"
	MadeOf         = "MADE_OF"
	ProducedBy     = "PRODUCED_BY"
	NextStep       = "NEXT_STEP"
	HasStep        = "HAS_STEP"
	Uses           = "USES"
	HasParameter   = "HAS_PARAMETER"
	HasFailureMode = "HAS_FAILURE_MODE"
	CausedBy       = "CAUSED_BY"
	HasSymptom     = "HAS_SYMPTOM"
	HasEffect      = "HAS_EFFECT"
	DetectedBy     = "DETECTED_BY"
	RemediedBy     = "REMEDIED_BY"
	CompliesWith   = "COMPLIES_WITH"
	SuppliedBy     = "SUPPLIED_BY"
	MaintainedBy   = "MAINTAINED_BY"
	RelatedTo      = "RELATED_TO"
)

// entityTypes is the allowlist of entity labels. Stores that turn types into
// labels (Neo4j) must refuse anything else, so no text ever becomes Cypher.
var entityTypes = []string{
	Product, Assembly, Part, Material, Process, Equipment, Tool, Parameter,
	FailureMode, Cause, Symptom, Action, Standard, Supplier, Effect, Control, WorkOrder,
}

// relationTypes is the allowlist of relation types.
var relationTypes = []string{
	HasPart, MadeOf, ProducedBy, NextStep, HasStep, Uses, HasParameter, HasFailureMode,
	CausedBy, HasSymptom, HasEffect, DetectedBy, RemediedBy, CompliesWith, SuppliedBy,
	MaintainedBy, RelatedTo,
}

// EntityTypes lists the allowed entity labels. The list is a copy: the
// allowlist that keeps text out of Cypher cannot be changed from outside.
func EntityTypes() []string { return slices.Clone(entityTypes) }

// RelationTypes lists the allowed relation types, as a copy.
func RelationTypes() []string { return slices.Clone(relationTypes) }

// ValidEntityType reports whether t is in the allowlist.
func ValidEntityType(t string) bool { return slices.Contains(entityTypes, t) }

// ValidRelationType reports whether t is in the allowlist.
func ValidRelationType(t string) bool { return slices.Contains(relationTypes, t) }

"""Typed identifiers, so that ids of different tables (and later CRM ids) cannot be swapped.

Local integer ids join tables inside one store; the ``uid`` UUID of every row is the stable
identity that survives export, import and sync between machines.
"""

from typing import NewType

AccountId = NewType("AccountId", int)
StakeholderId = NewType("StakeholderId", int)
StageChangeId = NewType("StageChangeId", int)
TouchpointId = NewType("TouchpointId", int)
HealthSampleId = NewType("HealthSampleId", int)
SuccessPlanId = NewType("SuccessPlanId", int)
ObjectiveId = NewType("ObjectiveId", int)
MilestoneId = NewType("MilestoneId", int)
RenewalId = NewType("RenewalId", int)
TaskId = NewType("TaskId", int)
RenewalForecastId = NewType("RenewalForecastId", int)
RiskId = NewType("RiskId", int)
HealthWarningId = NewType("HealthWarningId", int)

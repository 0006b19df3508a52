import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    bom_json: {
                        table: 'sys_module'
                        id: 'cea468057987487887428b427ec3768d'
                    }
                    'integrations-category': {
                        table: 'sc_category'
                        id: '6c25c57909fa4bb0ae8cbb02cea33b66'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '57b582eb1007414d8389039499192647'
                    }
                    'property-approval-due-days': {
                        table: 'sys_properties'
                        id: '40466d245fe7439ab0175654410d1563'
                    }
                    'property-approval-fallback-group': {
                        table: 'sys_properties'
                        id: '70b8955e01df46b8a205f5491ccc9798'
                    }
                    'property-credential-task-group': {
                        table: 'sys_properties'
                        id: '71688e9b92e14d07b5b79d09d183fb14'
                    }
                    'property-group': {
                        table: 'sys_properties'
                        id: '6644bc8672b54501b58b0a2e29e284d7'
                    }
                    'property-group-roles': {
                        table: 'sys_properties'
                        id: 'e0935388e5754cbc9ce00db3927d3e0a'
                    }
                    'property-gui-window-days': {
                        table: 'sys_properties'
                        id: 'a8d639cda0f2486a98d50701d930a908'
                    }
                    'property-lockdown-batch-size': {
                        table: 'sys_properties'
                        id: '2a8bcc63da9548a1960087875bf46f6b'
                    }
                    'property-reminder-days': {
                        table: 'sys_properties'
                        id: 'f959982a68254b69a145f2686ed3870d'
                    }
                    'property-user-id-max-length': {
                        table: 'sys_properties'
                        id: 'd89a7d55af254f5899700a7a51590f65'
                    }
                    'property-user-id-prefix': {
                        table: 'sys_properties'
                        id: '02ea418fc2a840f1b3d4a1c161f3f5a4'
                    }
                    'property-user-id-reserved-names': {
                        table: 'sys_properties'
                        id: '5ad8ce5401e54017b10ed2a58e5e6709'
                    }
                    'request-approved-event': {
                        table: 'sysevent_register'
                        id: '74c9c192eb8e43d7879d7b8e08fbb3cd'
                    }
                    'request-approved-notification': {
                        table: 'sysevent_email_action'
                        id: 'c4dc501a5e114b90bdf02f7ecf2bbd43'
                    }
                    'request-expired-event': {
                        table: 'sysevent_register'
                        id: '8a5339bfe00d413290677ad611b9fc13'
                    }
                    'request-expired-notification': {
                        table: 'sysevent_email_action'
                        id: '0da74670840f41c89bd0068f0f0f64ad'
                    }
                    'request-rejected-event': {
                        table: 'sysevent_register'
                        id: 'c4a3c876236849ecb4fabdcae06207f9'
                    }
                    'request-rejected-notification': {
                        table: 'sysevent_email_action'
                        id: 'f0a6548bfce74371aff9bd667bfa269a'
                    }
                    'request-service-account-item': {
                        table: 'sc_cat_item'
                        id: 'e1f357274cdb4466b21165c67e64108f'
                    }
                    'request-service-account-roles-on-load': {
                        table: 'catalog_script_client'
                        id: 'd68cebe41a2d4ed5931e240763b3c1cb'
                    }
                    'request-service-account-user-id-on-change': {
                        table: 'catalog_script_client'
                        id: '60576af774da4104b9be34c562b4c92a'
                    }
                    'request-service-account-user-id-on-submit': {
                        table: 'catalog_script_client'
                        id: '4f90ee43deb7490caf6fb3ce28a7e13f'
                    }
                    'route-service-account-approval-action': {
                        table: 'sys_hub_action_type_definition'
                        id: '5525dbf007874b5e8d71bddebe36080f'
                    }
                    'route-service-account-approval-script': {
                        table: 'sys_hub_step_instance'
                        id: '737a3ce1b9e8494789d817eb925c5b32'
                    }
                    'service-account-admin-group': {
                        table: 'sys_user_group'
                        id: '363f18415e5a490ca4debd62109a8237'
                    }
                    'service-account-approval-ask-group': {
                        table: 'sys_hub_action_instance_v2'
                        id: 'dbe78fc451b145cfbab55b3a2d31acb8'
                    }
                    'service-account-approval-ask-manager': {
                        table: 'sys_hub_action_instance_v2'
                        id: 'ba409868077b41ec840537536f5ad33f'
                    }
                    'service-account-approval-close-expired': {
                        table: 'sys_hub_action_instance_v2'
                        id: '8c7a6fd6c2ad428b9ebf11f2fb2f4e0a'
                    }
                    'service-account-approval-close-not-routed': {
                        table: 'sys_hub_action_instance_v2'
                        id: 'fcad553c14714ab6821e6da2238855e8'
                    }
                    'service-account-approval-close-rejected': {
                        table: 'sys_hub_action_instance_v2'
                        id: '85de17622916485caea457382dd5b4f3'
                    }
                    'service-account-approval-end-not-routed': {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '5b396cf6d9cc40c69bb21ec4bb7d71d3'
                    }
                    'service-account-approval-event-approved': {
                        table: 'sys_hub_action_instance_v2'
                        id: 'ea0371c077404315b4bb31eed245170d'
                    }
                    'service-account-approval-event-expired': {
                        table: 'sys_hub_action_instance_v2'
                        id: '2ea8cafd7f96440092f62f431fdc5225'
                    }
                    'service-account-approval-event-not-routed': {
                        table: 'sys_hub_action_instance_v2'
                        id: 'baf9add06c8e466f9818c0515e31f966'
                    }
                    'service-account-approval-event-rejected': {
                        table: 'sys_hub_action_instance_v2'
                        id: '142268709d9547e1a7ad2821ced4e1e0'
                    }
                    'service-account-approval-expired': {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '392ddc1749cf4f4babdc8832660ef04c'
                    }
                    'service-account-approval-flow': {
                        table: 'sys_hub_flow'
                        id: '1ccbe5c49bc0475f95258e23a939d044'
                    }
                    'service-account-approval-group-decision': {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'c860b46973c944368071aea6c0d15620'
                    }
                    'service-account-approval-if-approved': {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '1d2dcf3210ee4c30a40992fc4a1d1a44'
                    }
                    'service-account-approval-if-group': {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '0eead077987d40c08382d39b7f74da3f'
                    }
                    'service-account-approval-if-manager': {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: 'eade4d4849e0412ab0a934f98f131fdd'
                    }
                    'service-account-approval-if-rejected': {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '09de851fb8394de097db9e6508dbfdb9'
                    }
                    'service-account-approval-manager-decision': {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '843394cecb6d43b0855e84914d1d46da'
                    }
                    'service-account-approval-not-routed': {
                        table: 'sys_hub_flow_logic_instance_v2'
                        id: '8d9fc72cbdb044019b25547d363a2b5c'
                    }
                    'service-account-approval-route': {
                        table: 'sys_hub_action_instance_v2'
                        id: 'e5a2195528b748f5bc713ba49edad25d'
                    }
                    'service-account-approval-routing-si': {
                        table: 'sys_script_include'
                        id: 'dfb213eff586457f93d0383dfbc48bf0'
                    }
                    'service-account-approval-trigger': {
                        table: 'sys_hub_trigger_instance_v2'
                        id: '1288e2e597484650908837701e332f0c'
                    }
                    'service-account-approver-group': {
                        table: 'sys_user_group'
                        id: 'd9d2c7f125814fbb9ad4056554ef9d8c'
                    }
                    'service-account-create-acl': {
                        table: 'sys_security_acl'
                        id: 'ebd8b81d6d7b4ea19b93fa6793c8e7bb'
                    }
                    'service-account-delete-acl': {
                        table: 'sys_security_acl'
                        id: '134d480750d8472dba4558d710591e95'
                    }
                    'service-account-group': {
                        table: 'sys_user_group'
                        id: '211553d3b22342c697735afdda92c07d'
                    }
                    'service-account-group-itil': {
                        table: 'sys_group_has_role'
                        id: 'f74c7d7572154c20ba0239fe1876b59c'
                    }
                    'service-account-read-acl': {
                        table: 'sys_security_acl'
                        id: 'af3e0de16cc24602817ab39aa824272a'
                    }
                    'service-account-read-own-acl': {
                        table: 'sys_security_acl'
                        id: 'c5e0969b00d5428ea46a9ffab62cbd08'
                    }
                    'service-account-request-ajax-acl': {
                        table: 'sys_security_acl'
                        id: 'bbb0afc4e5e4438783b97f11d76a10dd'
                    }
                    'service-account-request-ajax-si': {
                        table: 'sys_script_include'
                        id: '238ef458ceaf4e8385feaecf86c6b80e'
                    }
                    'service-account-requesters-criteria': {
                        table: 'user_criteria'
                        id: 'e173106c3f3a4022966f64e8bfa0f70c'
                    }
                    'service-account-write-acl': {
                        table: 'sys_security_acl'
                        id: '2d6ce315332c453e93995dcc17bb464f'
                    }
                    'src_server_approval_approver-choice_ts': {
                        table: 'sys_module'
                        id: '6208e5d6a6424dad91f7bbc00aa25fae'
                    }
                    'src_server_approval_approver-route_ts': {
                        table: 'sys_module'
                        id: '68b37bb757064763b2e8528f74bfbb78'
                    }
                    'src_server_approval_approver-route-summary_ts': {
                        table: 'sys_module'
                        id: '18d186cfcfdf434597c1ada437b6a3b4'
                    }
                    'src_server_catalog_request-variables_ts': {
                        table: 'sys_module'
                        id: '689c0f9180cb4213bf131eb4e3b24800'
                    }
                    src_server_config_properties_ts: {
                        table: 'sys_module'
                        id: 'a7a73166d49942869cbe991589d5b0b2'
                    }
                    'src_server_naming_user-id-form-check_ts': {
                        table: 'sys_module'
                        id: '70a0fe88560c4f41bcea86d09cf57732'
                    }
                    'src_server_naming_user-id-rules_ts': {
                        table: 'sys_module'
                        id: '9c72060f8c55402ca1267cf29f02513f'
                    }
                }
                composite: [
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '01d60b1d8e124d128dfb425f6da303d0'
                        key: {
                            model: '737a3ce1b9e8494789d817eb925c5b32'
                            element: 'approval_reason'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0294f0013f63499093d43460ea28bc6a'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                            value: 'retired'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sc_cat_item_catalog'
                        id: '0383da12cab44cfaa5dc7deecd09da41'
                        key: {
                            sc_cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            sc_catalog: 'e0d08b13c3330100c8b837659bba8fb4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0a0496479ecb4d44b606c787113b6801'
                        key: {
                            field: 'route'
                            table: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            id: '5525dbf007874b5e8d71bddebe36080f'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '0affb8847b4940b78dca856a3e4c3319'
                        key: {
                            model: '5525dbf007874b5e8d71bddebe36080f'
                            element: 'requester_comment'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '0c390741f3964a7483eca1e5ca5a6b31'
                        key: {
                            model: '5525dbf007874b5e8d71bddebe36080f'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0d10b5073dc744fc8efb3c5607ab4710'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'reminder_sent_on'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0e919fd68d414e22b3b7a64c7b80cdc0'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                            value: 'admin'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0ebc957013fa4eba8ac82a840c44742d'
                        key: {
                            name: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            element: 'requester_comment'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0f24e9a4fe604d6298eef38598bcd58a'
                        key: {
                            sys_security_acl: 'ebd8b81d6d7b4ea19b93fa6793c8e7bb'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_input'
                        id: '11152dc61f3d4adf90c3c58b715930bd'
                        key: {
                            model: '737a3ce1b9e8494789d817eb925c5b32'
                            element: 'request_item_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '120b499ca0974871815ff818fd8e6834'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'purpose'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1223ded909194f4eb0ede236a28b1ade'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                            value: 'window_expired'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '14c200c6d92648609733bbd1e3070f4f'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                            value: 'api_only'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '159d1083549b46648143c9abde1c9cb5'
                        key: {
                            model: '737a3ce1b9e8494789d817eb925c5b32'
                            element: 'user_id'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '162d11a047544cf594944943121af6e6'
                        key: {
                            field: 'requester_comment'
                            table: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            id: '5525dbf007874b5e8d71bddebe36080f'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '177944d87fd4463dbe15c4b5ed81f703'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'account'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '1c658e242df348f3a227a1ac3acc84f9'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2415690b60314094bb07d450720106ca'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'locked_down_by'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '250b41835c29401c8941928c75496a01'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'user_name'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '265efafb552544c0a2cf0bc0d1e5f287'
                        key: {
                            model: '5525dbf007874b5e8d71bddebe36080f'
                            element: 'approval_reason'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '267c4e79e8bf4ee8bbd9143a11a337cd'
                        key: {
                            name: 'x_seed_svcacct.auditor'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '29b486fc528c45c8b7767d8c35ea8117'
                        key: {
                            field: 'approval_group'
                            table: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            id: '5525dbf007874b5e8d71bddebe36080f'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2aea343d379d45c89e18c15e340b50eb'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'user_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '303ca25665124a10b6c40c297bbfb6e4'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_hub_flow_variable'
                        id: '325cff5bbbae49aba5f36bff4a5a99b3'
                        key: {
                            model: '1ccbe5c49bc0475f95258e23a939d044'
                            element: 'approval_state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3cdd44d861e6446193b9ece4afe1e530'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'audit_trail'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3e074b749a5f4b19afb808bf20e5e680'
                        key: {
                            field: 'reason'
                            table: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            id: '5525dbf007874b5e8d71bddebe36080f'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '465c6d7aa857424fb88712dc6d93b339'
                        key: {
                            sys_security_acl: '134d480750d8472dba4558d710591e95'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4e751841e1504c169391b80a24d7ea4d'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '50a8fccc57e3491fb9c89cbead53fdd6'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                            value: 'exploring'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '52f963cf433243be89c9e2e3db7a1f0e'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                            value: 'owner_confirmed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '554839c3e0864ac2a4a22858b81d535f'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'account'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5d2e9f5faca349a8a0f508235ca65586'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'request_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5f0c26c8b0734b1abad51789633b59e9'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'request_item'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '68a945f398e1429cbfc183ded7e0d2a4'
                        key: {
                            model: '5525dbf007874b5e8d71bddebe36080f'
                            element: 'user_id'
                        }
                    },
                    {
                        table: 'sys_hub_action_input'
                        id: '6b4b6c8c07f84f8fb75bb492f033eaa6'
                        key: {
                            model: '5525dbf007874b5e8d71bddebe36080f'
                            element: 'request_item'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '70b01c5ff1904d318211f349eea6f49d'
                        key: {
                            sys_security_acl: '2d6ce315332c453e93995dcc17bb464f'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '76b39beb47df4d89a86cbfd61a2d3dae'
                        key: {
                            model: '737a3ce1b9e8494789d817eb925c5b32'
                            element: 'approval_group'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '781d2a8728c34c3aa013b602195cfe41'
                        key: {
                            model: '737a3ce1b9e8494789d817eb925c5b32'
                            element: 'due_date'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7a06aed317394d0791963ce7ddefadfa'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'purpose'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7bec9c8760984def9c14c1d4a397b18d'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7d0b828dd6234ea581093b93daab37a3'
                        key: {
                            name: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            element: 'due_date'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7ee33ec0b3c348ebb4c7a315a2e2ee17'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'owner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '86ccff4591834d438ed5d33c03c8f66a'
                        key: {
                            document_key: '737a3ce1b9e8494789d817eb925c5b32'
                            variable: '74315b04b3201300176b051a16a8dc2b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8724642c434049de9026049c7bde1365'
                        key: {
                            name: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            element: '__action_status__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '87d5d5ab7ed348dd87d483b05f9bcdad'
                        key: {
                            name: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            element: 'route'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8d32529f8a30427ca7a8221d523a0bad'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'audit_trail'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: '8dd5a423a02a46c5ac64311c06094743'
                        key: {
                            model: '737a3ce1b9e8494789d817eb925c5b32'
                            element: 'requester_comment'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8e141ad2e9f44be389dcfed001842d78'
                        key: {
                            name: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8f3ecffccd264841894282b48fc36961'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '94e60ad3ed574c6584067a7d20c4899a'
                        key: {
                            field: 'due_date'
                            table: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            id: '5525dbf007874b5e8d71bddebe36080f'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: '96480273a4404b83a182b7af4ee9101d'
                        key: {
                            model: '5525dbf007874b5e8d71bddebe36080f'
                            element: 'approval_group'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '96640ef541434ec5b0b323e375b7da91'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'locked_down_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '969c7e102b5447f69cceefc47dc13a52'
                        key: {
                            name: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            element: 'user_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '979b1aac49d64363be6efe932360deb0'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'gui_access_until'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '9990d8e0a2394b599ee83161b51b7093'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9b932164b1534c39b99994fb0b8d122a'
                        key: {
                            name: 'var__m_sys_hub_flow_variable_1ccbe5c49bc0475f95258e23a939d044'
                            element: 'approval_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9e63e7bb9b654dab97107eec08bce308'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9f84e4598f8e4773af9f7d32d38b0bf3'
                        key: {
                            name: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            element: '__dont_treat_as_error__'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a410a88a4de544e6801007b2d8408378'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'reminder_sent_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'afeb8140d84f4e2ca657b89945567bf9'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'b000fc7602b84491b226b6f03e0e3c24'
                        key: {
                            model: '5525dbf007874b5e8d71bddebe36080f'
                            element: 'route'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'b7979ffd19454968abedf4486e2fae10'
                        key: {
                            name: 'x_seed_svcacct.admin'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b81b2abe38e44498b349c88564e75c72'
                        key: {
                            name: 'var__m_sys_hub_action_input_5525dbf007874b5e8d71bddebe36080f'
                            element: 'request_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'c063335f38d6439eb93f2ee1f32795bb'
                        key: {
                            model: '737a3ce1b9e8494789d817eb925c5b32'
                            element: 'route'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'c26dea4372274bfbaa07a1fbb40f31b3'
                        key: {
                            cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            variable_set: 'NULL'
                            name: 'consuming_system'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c4173bf35b3948789fb09e3c563b05ba'
                        key: {
                            sys_security_acl: 'af3e0de16cc24602817ab39aa824272a'
                            sys_user_role: {
                                id: '267c4e79e8bf4ee8bbd9143a11a337cd'
                                key: {
                                    name: 'x_seed_svcacct.auditor'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: 'c4336c81f8c14b67b3fed9f4db0bfd75'
                        key: {
                            role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                            contains: {
                                id: '267c4e79e8bf4ee8bbd9143a11a337cd'
                                key: {
                                    name: 'x_seed_svcacct.auditor'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'c790d69acf7c4fac8394f5522b17fb3e'
                        key: {
                            model: '5525dbf007874b5e8d71bddebe36080f'
                            element: 'due_date'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'c85b30d86f35427589023b479a232000'
                        key: {
                            cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            variable_set: 'NULL'
                            name: 'credential_notice'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cac5537e148142ff8d9ba23c83a98ce2'
                        key: {
                            name: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            element: 'approval_reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'ce22404198d84102a29fac1826f2b2eb'
                        key: {
                            cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            variable_set: 'NULL'
                            name: 'user_id'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd21943aca1e54526980ee374c5882aba'
                        key: {
                            field: 'approval_reason'
                            table: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            id: '5525dbf007874b5e8d71bddebe36080f'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'd82f425b5a27416097b0f158a5212840'
                        key: {
                            model: '5525dbf007874b5e8d71bddebe36080f'
                            element: '__action_status__'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd88b333bfa09460282a5e2156ebca93b'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'locked_down_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd9b5117526534229b14991937b7f7280'
                        key: {
                            field: 'user_id'
                            table: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            id: '5525dbf007874b5e8d71bddebe36080f'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'dc8a20c2b4a94075b064964971e63de3'
                        key: {
                            cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            variable_set: 'NULL'
                            name: 'requested_for'
                        }
                    },
                    {
                        table: 'sc_cat_item_user_criteria_mtom'
                        id: 'e212e5d0c75e4024b658116d532cb2d6'
                        key: {
                            sc_cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            user_criteria: 'e173106c3f3a4022966f64e8bfa0f70c'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'e5bde50c92414af99cae86d0da5dc022'
                        key: {
                            cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            variable_set: 'NULL'
                            name: 'user_id_checked'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ec8c606b034c403d8ae992d7ae2c87de'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'owner'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'eddc01cef7754c4091a44cf9ac62b747'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'consuming_system'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ee3abedecf964b5883c4bb1f99f22493'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'consuming_system'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f12d9d84ecc145c0a928d36a9acce6e5'
                        key: {
                            name: 'var__m_sys_hub_action_output_5525dbf007874b5e8d71bddebe36080f'
                            element: 'approval_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sc_cat_item_category'
                        id: 'f1f5faab928d4ce08342d16e2bdb6ed3'
                        key: {
                            sc_cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            sc_category: '6c25c57909fa4bb0ae8cbb02cea33b66'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f3175df93d3949fcb3d60c2a79891af0'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'locked_down_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f5a290c2a75b417ca6a3afc4d423ca1f'
                        key: {
                            field: 'request_item_id'
                            table: 'var__m_sys_hub_step_ext_input_737a3ce1b9e8494789d817eb925c5b32'
                            id: '737a3ce1b9e8494789d817eb925c5b32'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'f5be6e326caa473aabc73b666e076d97'
                        key: {
                            cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            variable_set: 'NULL'
                            name: 'display_name'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'f9039a1852cd45378ac54ab78d00fb6e'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                        }
                    },
                    {
                        table: 'sys_hub_action_output'
                        id: 'fa57a066c2a147df9d2d35601b9cbf24'
                        key: {
                            model: '5525dbf007874b5e8d71bddebe36080f'
                            element: '__dont_treat_as_error__'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fb283ca501874ac7957a632284371bc0'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'gui_access_until'
                            language: 'en'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'fd487c8734d14aa484196cbeb024c9b2'
                        key: {
                            cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            variable_set: 'NULL'
                            name: 'roles_granted'
                        }
                    },
                    {
                        table: 'sys_hub_step_ext_output'
                        id: 'fd8b8944df784fa78e8b0415ed89f406'
                        key: {
                            model: '737a3ce1b9e8494789d817eb925c5b32'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fe5c309b45cb45dda7a45349ebc2600c'
                        key: {
                            document_key: '737a3ce1b9e8494789d817eb925c5b32'
                            variable: '71aa7f6647032200b4fad7527c9a719b'
                        }
                    },
                    {
                        table: 'item_option_new'
                        id: 'ff90f70b04a34792b71ed9eace3b58e7'
                        key: {
                            cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            variable_set: 'NULL'
                            name: 'purpose'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fff1a16a2ed9412fbfdcebad6dd2755f'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                            language: 'en'
                        }
                    },
                ]
            }
        }
    }
}
